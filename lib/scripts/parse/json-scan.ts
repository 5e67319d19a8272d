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
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[^\s,[\]{}:]{1,20}/y;
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

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
    WORD.lastIndex = pos;
    return `"${WORD.exec(text)?.[0] ?? text[pos]}"`;
  };
  const skipSpaces = (): void => {
    for (let ch = text.charCodeAt(pos); ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d; ch = text.charCodeAt(pos)) pos++;
  };

  const string = (): void => {
    const start = pos++;
    while (pos < text.length) {
      const ch = text.charCodeAt(pos);
      if (ch === 0x22) {
        pos++;
        return;
      }
      if (ch === 0x5c) {
        const next = text[pos + 1] ?? "";
        if (ESCAPES.has(next)) pos += 2;
        else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) pos += 6;
        else fail(`bad escape "\\${next}" in a string`);
      } else if (ch < 0x20) {
        fail(ch === 0x0a || ch === 0x0d ? "a line break inside a string; is a closing quote missing?" : "a control character inside a string");
      } else pos++;
    }
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
      NUMBER.lastIndex = pos;
      if (!NUMBER.exec(text)) fail(`${found()} is not a valid number`);
      pos = NUMBER.lastIndex;
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
    for (; pos < offset && pos < text.length; pos++) {
      const ch = text.charCodeAt(pos);
      if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(pos + 1) !== 0x0a)) line++;
    }
    lines.push(line);
  }
  return lines;
}
