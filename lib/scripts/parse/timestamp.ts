import { countSteps, findFrom, isDigit, isSpace, skipDigits, skipSpaces } from "./scan";

/**
 * Script timestamps: "m:ss", "mm:ss" or "h:mm:ss", seconds always two digits. Normalized output
 * drops leading zeros and hours under an hour, so "00:30", "0:00:30" and "0:30" are all "0:30".
 */
export type TimestampReading = { seconds: number } | { reason: string };

const COLON = 0x3a;
/** How much of a bad timestamp an error message quotes. */
const QUOTED_CHARS = 24;

/** The digit groups of "1:02:03", or null unless the text is digits separated by single colons. */
function digitGroups(value: string): string[] | null {
  const groups: string[] = [];
  let pos = 0;
  for (;;) {
    const end = skipDigits(value, pos);
    if (end === pos) return null;
    groups.push(value.slice(pos, end));
    if (end === value.length) return groups;
    if (value.charCodeAt(end) !== COLON) return null;
    pos = end + 1;
  }
}

function quote(value: string): string {
  return value.length > QUOTED_CHARS ? `${value.slice(0, QUOTED_CHARS - 1)}…` : value || "(nothing)";
}

/** A likely typing slip in something that is not a timestamp, as a hint for the message. */
function slipHint(value: string): string {
  const head = value.slice(0, QUOTED_CHARS);
  const has = (...chars: string[]) => chars.some((char) => findFrom(head, char, 0) >= 0);
  if (has("O", "o")) return ' (is the letter "O" meant to be a zero?)';
  if (has("l", "I")) return ' (is the letter "l" meant to be a one?)';
  if (has(".", ";")) return ' (separate minutes and seconds with ":")';
  return "";
}

/** The seconds a timestamp stands for, or the reason it is not one. */
export function readTimestamp(raw: string): TimestampReading {
  countSteps(raw.length);
  const value = raw.trim();
  const parts = digitGroups(value);
  if (!parts || parts.length < 2 || parts.length > 3) return { reason: `${quote(value)} is not a timestamp like 0:30 or 1:02:03${slipHint(value)}` };
  const sec = parts[parts.length - 1] ?? "";
  if (sec.length !== 2) return { reason: `${quote(value)} needs two-digit seconds (like 0:05)` };
  if (Number(sec) > 59) return { reason: `${quote(value)} has ${sec} seconds; seconds go from 00 to 59` };
  if (parts.length === 2) {
    const min = parts[0] ?? "";
    if (min.length > 2) return { reason: `${quote(value)} has too many minutes; write hours as h:mm:ss` };
    return { seconds: Number(min) * 60 + Number(sec) };
  }
  const [hour = "", min = ""] = parts;
  if (hour.length > 2) return { reason: `${quote(value)} has too many hours` };
  if (min.length !== 2) return { reason: `${quote(value)} needs two-digit minutes after the hours (like 1:05:00)` };
  if (Number(min) > 59) return { reason: `${quote(value)} has ${min} minutes; with hours, minutes go from 00 to 59` };
  return { seconds: Number(hour) * 3600 + Number(min) * 60 + Number(sec) };
}

/** The seconds of a valid timestamp, or null. */
export function parseTimestamp(raw: string): number | null {
  const reading = readTimestamp(raw);
  return "seconds" in reading ? reading.seconds : null;
}

/** 30 → "0:30", 754 → "12:34", 3723 → "1:02:03". Fractions are dropped. */
export function formatTimestamp(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

const BULLETS = "-*•";
const SEPARATORS = "-–—|:";

function isSeparator(line: string, pos: number): boolean {
  return pos < line.length && SEPARATORS.includes(line.charAt(pos));
}

/**
 * A line's leading timestamp and the text after it, or null when the line does not start like
 * one. Accepted: an optional bullet, then "0:30", "[0:30]" or "(0:30)", then an optional "-",
 * "–", "—", "|" or ":". A line that starts like a timestamp (digits, a colon and more) but is
 * not one — "7:O9 text", "0:30text", "[0:30 text" — gives that token as `raw`, which
 * `readTimestamp` then refuses, instead of passing for text. `raw` may also be a well-formed
 * but invalid time such as "0:75".
 */
export function splitLeadingTimestamp(line: string): { raw: string; rest: string } | null {
  let pos = skipSpaces(line, 0);
  if (BULLETS.includes(line.charAt(pos)) && isSpace(line.charCodeAt(pos + 1))) pos = skipSpaces(line, pos + 1);
  const tokenStart = pos;
  const open = line.charAt(pos);
  const close = open === "[" ? "]" : open === "(" ? ")" : "";
  if (close) pos = skipSpaces(line, pos + 1);
  const timeStart = pos;
  pos = skipDigits(line, pos);
  // "12 monkeys", "(1) first point" and "7: text" are text, not timestamps.
  if (pos === timeStart || line.charCodeAt(pos) !== COLON || pos + 1 >= line.length || isSpace(line.charCodeAt(pos + 1))) return null;
  const firstColon = pos;
  while (line.charCodeAt(pos) === COLON && isDigit(line.charCodeAt(pos + 1))) pos = skipDigits(line, pos + 1);
  const timeEnd = pos;
  // "7:O9" has no digits after its colon: it cannot be a timestamp, whatever follows.
  const hasTime = timeEnd > firstColon;
  let after: number | null = null;
  if (hasTime && close) {
    const closing = skipSpaces(line, timeEnd);
    if (line.charAt(closing) === close) after = closing + 1;
  } else if (hasTime && (timeEnd === line.length || isSpace(line.charCodeAt(timeEnd)) || isSeparator(line, timeEnd))) {
    after = timeEnd;
  }
  if (after === null) return malformed(line, tokenStart, close);
  let restStart = skipSpaces(line, after);
  if (isSeparator(line, restStart)) restStart = skipSpaces(line, restStart + 1);
  return { raw: line.slice(timeStart, timeEnd), rest: line.slice(restStart) };
}

/** The whole token that looked like a timestamp: up to white space, or through its closing bracket. */
function malformed(line: string, start: number, close: string): { raw: string; rest: string } {
  let end = start;
  while (end < line.length && !isSpace(line.charCodeAt(end))) {
    end++;
    if (close && line.charAt(end - 1) === close) break;
  }
  countSteps(end - start + 1);
  return { raw: line.slice(start, end), rest: line.slice(skipSpaces(line, end)) };
}
