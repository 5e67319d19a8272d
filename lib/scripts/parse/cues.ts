import { countSteps, findFrom, isSpace, skipDigits, skipSpaces, skipSpacesBack } from "./scan";

export { cleanCueText } from "./markup";

/** A subtitle cue: start and end in seconds (with fractions), cleaned text, its time line. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  /** 1-based line of the cue's time line. */
  line: number;
  /** The time line itself, for messages. */
  source: string;
}

/** A cue time read at some position: where it ends, its fraction separator, and its value. */
export interface CueTimeScan {
  end: number;
  /** "," (SRT), "." (WebVTT), or "" without a fraction. */
  separator: "," | "." | "";
  /** Seconds, or null when a field is out of range (seconds or minutes over 59). */
  seconds: number | null;
}

/** The number written by the digits from `from` to `to`. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let pos = from; pos < to; pos++) value = value * 10 + (text.charCodeAt(pos) - 0x30);
  return value;
}

/**
 * The cue time starting at `pos`: `[h+:]m{1,2}:s{1,2}[(.|,)f{1,3}]`, e.g. "00:00:01,000" (SRT),
 * "00:01.000" or "01:02:03.500" (WebVTT). Null when the text there does not have that shape.
 */
export function scanCueTime(text: string, pos: number): CueTimeScan | null {
  // Up to three groups of digits separated by colons: [hours:]minutes:seconds.
  const values: number[] = [];
  const widths: number[] = [];
  let at = pos;
  for (;;) {
    const end = skipDigits(text, at);
    if (end === at) return null;
    values.push(digitsValue(text, at, end));
    widths.push(end - at);
    at = end;
    if (values.length === 3 || text.charAt(at) !== ":") break;
    at++;
  }
  const count = values.length;
  if (count < 2 || (widths[count - 1] ?? 0) > 2 || (widths[count - 2] ?? 0) > 2) return null;
  const [h, m, s] = count === 3 ? values : [0, ...values];
  let fraction = 0;
  let separator: CueTimeScan["separator"] = "";
  const mark = text.charAt(at);
  if (mark === "." || mark === ",") {
    const end = skipDigits(text, at + 1);
    const digits = end - at - 1;
    if (digits >= 1 && digits <= 3) {
      separator = mark;
      fraction = digitsValue(text, at + 1, end) / 10 ** digits;
      at = end;
    }
  }
  const inRange = (s ?? 0) <= 59 && (count === 2 || (m ?? 0) <= 59);
  return { end: at, separator, seconds: inRange ? (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0) + fraction : null };
}

/** "00:00:01,000" (SRT), "00:01.000" or "01:02:03.500" (WebVTT) in seconds, or null. */
export function parseCueTime(raw: string): number | null {
  const scan = scanCueTime(raw, 0);
  return scan && scan.end === raw.length ? scan.seconds : null;
}

/** The end of the run of non-space characters starting at `pos`. */
function tokenEnd(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  countSteps(end - pos + 1);
  return end;
}

/**
 * "start --> end [settings]" in seconds, or the reason the line is not a valid time line;
 * `example` is a valid time line in the file's format, for the message.
 */
export function readTimeLine(line: string, example: string): { start: number; end: number } | { reason: string } {
  const expected = { reason: `expected a time line like ${example}` };
  const startAt = skipSpaces(line, 0);
  const arrow = findFrom(line, "-->", startAt);
  if (arrow < 0) return expected;
  const startEnd = skipSpacesBack(line, arrow, startAt);
  if (startEnd === startAt || tokenEnd(line, startAt) < startEnd) return expected;
  const endAt = skipSpaces(line, arrow + 3);
  if (endAt === line.length) return expected;
  const rawStart = line.slice(startAt, startEnd);
  const rawEnd = line.slice(endAt, tokenEnd(line, endAt));
  const start = parseCueTime(rawStart);
  const end = parseCueTime(rawEnd);
  if (start === null || end === null) return { reason: `${start === null ? rawStart : rawEnd} is not a valid cue time; expected a time line like ${example}` };
  if (end < start) return { reason: "the cue ends before it starts" };
  return { start, end };
}
