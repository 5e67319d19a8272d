/**
 * The scanning primitives of the script parsers. Every parser in this folder is a small hand
 * scanner built on them, never a regular expression (which can backtrack: `/<[^>]*>/g` took 2 s
 * on a line of 60,000 "<"). Each scanner moves forward and examines every character a bounded
 * number of times, so parsing is linear in the input.
 *
 * `scanSteps()` counts the characters the scanners examine, so tests can prove the bound by
 * comparing the count for inputs of growing size; it costs one addition per scanned run.
 */
let steps = 0;

/** Records `count` characters examined. */
export function countSteps(count: number): void {
  steps += count;
}

/** The characters examined so far by every parser in this process. */
export function scanSteps(): number {
  return steps;
}

/** The characters of JavaScript's `\s`: ASCII and Unicode white space, line breaks and the BOM. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The first position from `from` (up to `end`) that is not white space. */
export function skipSpaces(text: string, from: number, end = text.length): number {
  let pos = from;
  while (pos < end && isSpace(text.charCodeAt(pos))) pos++;
  countSteps(pos - from + 1);
  return pos;
}

/** The position after the last character before `end` (down to `from`) that is not white space. */
export function skipSpacesBack(text: string, end: number, from = 0): number {
  let pos = end;
  while (pos > from && isSpace(text.charCodeAt(pos - 1))) pos--;
  countSteps(end - pos + 1);
  return pos;
}

/** The first position from `from` that is not a digit. */
export function skipDigits(text: string, from: number, end = text.length): number {
  let pos = from;
  while (pos < end && isDigit(text.charCodeAt(pos))) pos++;
  countSteps(pos - from + 1);
  return pos;
}

/** `text.indexOf(needle, from)`, counting the characters it passes over. */
export function findFrom(text: string, needle: string, from: number): number {
  const found = text.indexOf(needle, from);
  countSteps((found < 0 ? text.length : found + needle.length) - from + 1);
  return found;
}

/** Whether `text` starts at `pos` with `word` followed by white space or the end. */
export function startsWithWord(text: string, word: string, pos = 0): boolean {
  countSteps(word.length + 1);
  if (!text.startsWith(word, pos)) return false;
  const after = pos + word.length;
  return after >= text.length || isSpace(text.charCodeAt(after));
}
