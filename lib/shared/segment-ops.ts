import { AppError } from "@/lib/errors";
import { MAX_SEGMENT_CHARS, MAX_SEGMENTS, SegmentCollector, scriptError } from "@/lib/scripts/parse/limits";
import { normalizeSpaces } from "@/lib/scripts/parse/lines";
import { formatTimestamp, readTimestamp } from "@/lib/scripts/parse/timestamp";

/** The timeline reads a typed timestamp as the server will. */
export { readTimestamp };

/** A script segment as the studio edits it; `id` is absent until it is saved. */
export interface ScriptSegment {
  id?: string;
  timestamp: string;
  seconds: number;
  text: string;
  /** A per-segment style overriding the script's, or null/absent for the script's. */
  style?: string | null;
}

export interface NewSegment {
  text: string;
  style?: string | null;
  /** Where it starts; by default the free second half-way between its neighbours. */
  seconds?: number;
}

/** About 150 words a minute: how long the last segment's words take, when nothing follows it. */
const WORDS_PER_SECOND = 2.5;

/**
 * The rules of the parser applied to an edited list: 1 to 300 segments, timestamps that match
 * their seconds and strictly increase, text of 1 to 1000 characters. Errors are
 * `invalid:script` with `line` = the 1-based segment number.
 */
export function validateSegments(list: readonly ScriptSegment[]): void {
  const collector = new SegmentCollector();
  list.forEach((segment, index) => {
    const reading = readTimestamp(segment.timestamp);
    if ("reason" in reading) throw segmentError(index, `${reading.reason}.`);
    if (reading.seconds !== segment.seconds) {
      throw segmentError(index, `the timestamp ${segment.timestamp} does not match ${segment.seconds} seconds.`);
    }
    collector.start(segment.seconds, index + 1, `Segment ${index + 1}`, segment.text);
  });
  collector.finish("The script has no segments.");
}

/**
 * Cuts a segment's text at `atChar`; the second part becomes a new segment (no id, same style)
 * starting at the middle second between this segment and the next, or, for the last segment,
 * after the time it takes to say the first part. Fails when no second is free.
 */
export function splitSegment(list: readonly ScriptSegment[], index: number, atChar: number): ScriptSegment[] {
  const segment = segmentAt(list, index);
  const head = segment.text.slice(0, atChar).trim();
  const tail = segment.text.slice(atChar).trim();
  if (!Number.isInteger(atChar) || head === "" || tail === "") {
    throw segmentError(index, "split the text at a point with words on both sides.");
  }
  ensureRoom(list);
  const next = list[index + 1];
  const seconds = next ? midpoint(segment.seconds, next.seconds) : segment.seconds + speechSeconds(head);
  if (seconds === null) {
    throw segmentError(index, `there is no free second between ${segment.timestamp} and ${next?.timestamp} for the second part.`);
  }
  const second = withStyle({ timestamp: formatTimestamp(seconds), seconds, text: tail }, segment.style);
  return [...list.slice(0, index), { ...segment, text: head }, second, ...list.slice(index + 1)];
}

/** Joins a segment with the next one: the first keeps its id, timestamp and style. */
export function mergeSegments(list: readonly ScriptSegment[], index: number): ScriptSegment[] {
  const segment = segmentAt(list, index);
  const next = list[index + 1];
  if (!next) throw segmentError(index, "the last segment has no next segment to merge with.");
  const text = `${segment.text.trim()} ${next.text.trim()}`;
  if (text.length > MAX_SEGMENT_CHARS) {
    throw segmentError(index, `merged, the text would have ${text.length} characters; the limit is ${MAX_SEGMENT_CHARS}.`);
  }
  return [...list.slice(0, index), { ...segment, text }, ...list.slice(index + 2)];
}

/**
 * Moves a segment's content (id, text, style) to another position. The timeline stays put:
 * position i keeps the timestamp it had, so the list stays in order and the moved scene simply
 * shows at the time of its new slot.
 */
export function moveSegment(list: readonly ScriptSegment[], from: number, to: number): ScriptSegment[] {
  const moved = segmentAt(list, from);
  segmentAt(list, to);
  const content = list.filter((_, index) => index !== from);
  content.splice(to, 0, moved);
  return content.map((segment, index) => {
    const slot = list[index] ?? segment;
    return { ...segment, timestamp: slot.timestamp, seconds: slot.seconds };
  });
}

/** Inserts a segment before position `index` (`list.length` appends). */
export function insertSegment(list: readonly ScriptSegment[], index: number, segment: NewSegment): ScriptSegment[] {
  if (!Number.isInteger(index) || index < 0 || index > list.length) throw indexError(index, list.length + 1);
  ensureRoom(list);
  const text = checkedText(index, segment.text);
  const prev = list[index - 1];
  const next = list[index];
  const seconds = segment.seconds ?? freeSecond(prev, next);
  const fits = seconds !== null && Number.isInteger(seconds) && seconds >= 0 && (!prev || seconds > prev.seconds) && (!next || seconds < next.seconds);
  if (!fits) {
    const after = prev ? `after ${prev.timestamp}` : "at 0:00 or later";
    throw segmentError(index, `the new segment must start ${after}${next ? ` and before ${next.timestamp}` : ""}, at a whole second that is free.`);
  }
  const added = withStyle({ timestamp: formatTimestamp(seconds), seconds, text }, segment.style);
  return [...list.slice(0, index), added, ...list.slice(index)];
}

export function removeSegment(list: readonly ScriptSegment[], index: number): ScriptSegment[] {
  segmentAt(list, index);
  return list.filter((_, position) => position !== index);
}

/** Changes a segment's text, timestamp ("m:ss" or "h:mm:ss", between its neighbours) or style. */
export function updateSegment(
  list: readonly ScriptSegment[],
  index: number,
  patch: { text?: string; timestamp?: string; style?: string | null },
): ScriptSegment[] {
  const segment = { ...segmentAt(list, index) };
  if (patch.text !== undefined) segment.text = checkedText(index, patch.text);
  if (patch.style !== undefined) segment.style = patch.style;
  if (patch.timestamp !== undefined) {
    const reading = readTimestamp(patch.timestamp);
    if ("reason" in reading) throw segmentError(index, `${reading.reason}.`);
    const prev = list[index - 1];
    const next = list[index + 1];
    if ((prev && reading.seconds <= prev.seconds) || (next && reading.seconds >= next.seconds)) {
      throw segmentError(index, `${formatTimestamp(reading.seconds)} must come after ${prev?.timestamp ?? "the start"}${next ? ` and before ${next.timestamp}` : ""}.`);
    }
    segment.seconds = reading.seconds;
    segment.timestamp = formatTimestamp(reading.seconds);
  }
  return list.map((item, position) => (position === index ? segment : item));
}

function segmentAt(list: readonly ScriptSegment[], index: number): ScriptSegment {
  const segment = Number.isInteger(index) ? list[index] : undefined;
  if (!segment) throw indexError(index, list.length);
  return segment;
}

function indexError(index: number, count: number): AppError {
  return new AppError("invalid:segment", `There is no segment ${index + 1}; the script has ${count}.`, { index });
}

function segmentError(index: number, reason: string): AppError {
  return scriptError(index + 1, `Segment ${index + 1}: ${reason}`);
}

function ensureRoom(list: readonly ScriptSegment[]): void {
  if (list.length >= MAX_SEGMENTS) throw scriptError(list.length, `A script can have at most ${MAX_SEGMENTS} segments.`);
}

function checkedText(index: number, raw: string): string {
  const text = normalizeSpaces(raw);
  if (text === "") throw segmentError(index, "the text is empty.");
  if (text.length > MAX_SEGMENT_CHARS) throw segmentError(index, `the text has ${text.length} characters; the limit is ${MAX_SEGMENT_CHARS}.`);
  return text;
}

function withStyle(segment: ScriptSegment, style: string | null | undefined): ScriptSegment {
  return style === undefined ? segment : { ...segment, style };
}

function midpoint(a: number, b: number): number | null {
  const middle = Math.floor((a + b) / 2);
  return middle > a && middle < b ? middle : null;
}

function freeSecond(prev: ScriptSegment | undefined, next: ScriptSegment | undefined): number | null {
  if (prev && next) return midpoint(prev.seconds, next.seconds);
  if (prev) return prev.seconds + speechSeconds(prev.text);
  if (next) return next.seconds > 0 ? 0 : null;
  return 0;
}

function speechSeconds(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_SECOND));
}
