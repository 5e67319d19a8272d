import { countSteps, findFrom, isSpace, skipSpaces, skipSpacesBack } from "./scan";

/** Every line of a pasted or uploaded text, whatever its line endings, without a leading BOM. */
export function splitLines(text: string): string[] {
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // The built-in split is the fast path for the usual "\n" endings (one pass, no backtracking).
  countSteps(text.length + 1);
  if (findFrom(text, "\r", 0) < 0) return (first ? text.slice(first) : text).split("\n");
  const lines: string[] = [];
  let lineStart = first;
  for (let pos = first; pos < text.length; pos++) {
    const code = text.charCodeAt(pos);
    if (code !== 0x0a && code !== 0x0d) continue;
    lines.push(text.slice(lineStart, pos));
    if (code === 0x0d && text.charCodeAt(pos + 1) === 0x0a) pos++;
    lineStart = pos + 1;
  }
  lines.push(text.slice(lineStart));
  return lines;
}

export function isBlank(line: string): boolean {
  return line.length === 0 || skipSpaces(line, 0) === line.length;
}

/** Runs of whitespace (tabs, non-breaking spaces, line breaks) become one space; ends trimmed. */
export function normalizeSpaces(text: string): string {
  const start = skipSpaces(text, 0);
  const end = skipSpacesBack(text, text.length, start);
  // Text between runs that are already a single plain space is copied in one piece.
  const parts: string[] = [];
  let copyFrom = start;
  for (let pos = start; pos < end; pos++) {
    if (!isSpace(text.charCodeAt(pos))) continue;
    let runEnd = pos + 1;
    while (isSpace(text.charCodeAt(runEnd))) runEnd++;
    if (runEnd - pos > 1 || text.charCodeAt(pos) !== 0x20) {
      parts.push(text.slice(copyFrom, pos));
      copyFrom = runEnd;
    }
    pos = runEnd - 1;
  }
  countSteps(end - start + 1);
  if (parts.length === 0) return start === 0 && end === text.length ? text : text.slice(start, end);
  parts.push(text.slice(copyFrom, end));
  return parts.join(" ");
}

/** A short quote of a line for error messages: `"0:75 Coffee plantation in…"`. */
export function snippet(text: string, max = 40): string {
  // Only the start of a long line is read: the quote is short whatever the line's length.
  const head = text.length > max * 8 ? text.slice(0, max * 8) : text;
  const clean = normalizeSpaces(head);
  return `"${clean.length > max || head !== text ? `${clean.slice(0, max - 1).trimEnd()}…` : clean}"`;
}
