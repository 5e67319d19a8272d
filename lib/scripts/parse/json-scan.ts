import { countSteps, isDigit, isSpace, skipDigits } from "./scan";

/**
 * A small JSON scanner for pasted scripts, because JSON.parse rarely says where the problem is:
 * it finds the first syntax error with a plain reason, and where each item of the top-level list
 * starts, so that errors about item 7 can name its line.
 */
export interface JsonScan {
  itemOffsets: number[];
  error?: { offset: number; reason: string };
}

const MAX_DEPTH = 64;
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
/** How much of an unexpected word an error message quotes. */
const WORD_CHARS = 20;
const WORD_ENDS = ",[]{}:";

/** The end of a JSON number starting at `pos` (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`), or -1. */
function numberEnd(text: string, pos: number): number {
  let at = text.charAt(pos) === "-" ? pos + 1 : pos;
  if (text.charAt(at) === "0") at++;
  else if (isDigit(text.charCodeAt(at))) at = skipDigits(text, at);
  else return -1;
  if (text.charAt(at) === "." && isDigit(text.charCodeAt(at + 1))) at = skipDigits(text, at + 1);
  const mark = text.charAt(at);
  if (mark === "e" || mark === "E") {
    const sign = text.charAt(at + 1);
    const digits = sign === "+" || sign === "-" ? at + 2 : at + 1;
    if (isDigit(text.charCodeAt(digits))) at = skipDigits(text, digits);
  }
  return at;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/** The word at `pos` for a message: up to 20 characters before white space or punctuation. */
function wordAt(text: string, pos: number): string {
  let end = pos;
  while (end < text.length && end - pos < WORD_CHARS && !isSpace(text.charCodeAt(end)) && !WORD_ENDS.includes(text.charAt(end))) end++;
  countSteps(end - pos + 1);
  return end > pos ? text.slice(pos, end) : (text[pos] ?? "");
}

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

export function scanJson(text: string): JsonScan {
  const itemOffsets: number[] = [];
  let pos = 0;

  const fail: (reason: string, at?: number) => never = (reason, at = pos) => {
    throw new SyntaxProblem(at, reason);
  };
  const found = (): string => {
    if (pos >= text.length) return "the end of the text";
    return `"${wordAt(text, pos)}"`;
  };
  const skipSpaces = (): void => {
    const from = pos;
    for (let ch = text.charCodeAt(pos); ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d; ch = text.charCodeAt(pos)) pos++;
    countSteps(pos - from + 1);
  };

  const string = (): void => {
    const start = pos++;
    while (pos < text.length) {
      const ch = text.charCodeAt(pos);
      if (ch === 0x22) {
        pos++;
        countSteps(pos - start);
        return;
      }
      if (ch === 0x5c) {
        const next = text[pos + 1] ?? "";
        if (ESCAPES.has(next)) pos += 2;
        else if (next === "u" && [2, 3, 4, 5].every((offset) => isHex(text.charCodeAt(pos + offset)))) pos += 6;
        else fail(`bad escape "\\${next}" in a string`);
      } else if (ch < 0x20) {
        fail(ch === 0x0a || ch === 0x0d ? "a line break inside a string; is a closing quote missing?" : "a control character inside a string");
      } else pos++;
    }
    countSteps(pos - start);
    fail("a string is not closed with a quote", start);
  };

  const value = (depth: number): void => {
    skipSpaces();
    if (depth > MAX_DEPTH) fail("the JSON is nested too deeply");
    const ch = text[pos];
    if (ch === undefined) fail("the JSON ends too early; is a ] or } missing?");
    else if (ch === "[") list(depth);
    else if (ch === "{") object(depth);
    else if (ch === '"') string();
    else if (ch === "-" || (ch >= "0" && ch <= "9")) {
      const end = numberEnd(text, pos);
      if (end < 0) fail(`${found()} is not a valid number`);
      pos = end;
    } else if (text.startsWith("true", pos)) pos += 4;
    else if (text.startsWith("false", pos)) pos += 5;
    else if (text.startsWith("null", pos)) pos += 4;
    else fail(ch === "'" ? "strings need double quotes, not single quotes" : `unexpected ${found()}; expected a value`);
  };

  const list = (depth: number): void => {
    pos++;
    skipSpaces();
    if (text[pos] === "]") {
      pos++;
      return;
    }
    for (;;) {
      skipSpaces();
      if (depth === 0) itemOffsets.push(pos);
      value(depth + 1);
      skipSpaces();
      if (text[pos] === "]") {
        pos++;
        return;
      }
      if (text[pos] !== ",") fail(`expected "," or "]" after a list item but found ${found()}`);
      const comma = pos++;
      skipSpaces();
      if (text[pos] === "]") fail('a comma before "]": remove the trailing comma', comma);
    }
  };

  const object = (depth: number): void => {
    pos++;
    skipSpaces();
    if (text[pos] === "}") {
      pos++;
      return;
    }
    for (;;) {
      skipSpaces();
      if (text[pos] !== '"') fail(`property names need double quotes; found ${found()}`);
      string();
      skipSpaces();
      if (text[pos] !== ":") fail(`expected ":" after a property name but found ${found()}`);
      pos++;
      value(depth + 1);
      skipSpaces();
      if (text[pos] === "}") {
        pos++;
        return;
      }
      if (text[pos] !== ",") fail(`expected "," or "}" after a property value but found ${found()}`);
      const comma = pos++;
      skipSpaces();
      if (text[pos] === "}") fail('a comma before "}": remove the trailing comma', comma);
    }
  };

  try {
    value(0);
    skipSpaces();
    if (pos < text.length) fail(`unexpected ${found()} after the end of the JSON`);
    return { itemOffsets };
  } catch (problem) {
    if (problem instanceof SyntaxProblem) return { itemOffsets, error: { offset: problem.offset, reason: problem.reason } };
    throw problem;
  }
}

/** The 1-based line of each offset (offsets in increasing order), in one pass over the text. */
export function linesAt(text: string, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let pos = 0;
  for (const offset of offsets) {
    const from = pos;
    for (; pos < offset && pos < text.length; pos++) {
      const ch = text.charCodeAt(pos);
      if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(pos + 1) !== 0x0a)) line++;
    }
    countSteps(pos - from + 1);
    lines.push(line);
  }
  return lines;
}
