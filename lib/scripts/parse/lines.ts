/** Every line of a pasted or uploaded text, whatever its line endings, without a leading BOM. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/);
}

export function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** Runs of whitespace (tabs, non-breaking spaces, line breaks) become one space; ends trimmed. */
export function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A short quote of a line for error messages: `"0:75 Coffee plantation in…"`. */
export function snippet(text: string, max = 40): string {
  const clean = normalizeSpaces(text);
  return `"${clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean}"`;
}
