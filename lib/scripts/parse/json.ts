import { SegmentCollector, scriptError } from "./limits";
import { linesAt, scanJson } from "./json-scan";
import { countSteps } from "./scan";
import { readTimestamp } from "./timestamp";
import { jsonSegmentSchema, type ParsedSegment } from "./types";

const EMPTY = 'The JSON list is empty: add segments like { "timestamp": "0:00", "text": "Opening shot of the studio" }.';
const SHAPE = 'A JSON script must be a list of segments like [{ "timestamp": "0:00", "text": "Opening shot" }].';

/**
 * A list of `{ timestamp, text }` items, already parsed. `lineOf` gives an item's line in the
 * pasted text when known; otherwise errors use the item number as their line.
 */
export function parseJsonSegments(value: unknown, lineOf?: (index: number) => number | undefined): ParsedSegment[] {
  const list = unwrapList(value);
  if (!list) throw scriptError(1, SHAPE);
  const segments = new SegmentCollector();
  list.forEach((item, index) => {
    const known = lineOf?.(index);
    const line = known ?? index + 1;
    const label = known === undefined ? `Item ${index + 1}` : `Item ${index + 1} (line ${known})`;
    segments.close();
    const parsed = jsonSegmentSchema.safeParse(item);
    if (!parsed.success) {
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        throw scriptError(line, `${label}: each item must be an object with "timestamp" and "text".`);
      }
      const field = String(parsed.error.issues[0]?.path[0] ?? "timestamp");
      const present = (item as Record<string, unknown>)[field] !== undefined;
      throw scriptError(line, `${label}: ${present ? `"${field}" must be a string` : `"${field}" is missing`}.`);
    }
    const reading = readTimestamp(parsed.data.timestamp);
    if ("reason" in reading) throw scriptError(line, `${label}: ${reading.reason}.`);
    segments.start(reading.seconds, line, label, parsed.data.text);
  });
  return segments.finish(EMPTY);
}

/**
 * Pasted JSON text: syntax errors and item errors name their line. The scanner reads it first:
 * it refuses a syntax error or nesting past 64 levels before JSON.parse sees the text, since
 * JSON.parse takes seconds on two megabytes of "[[[[…]]]]".
 */
export function parseJsonText(text: string): ParsedSegment[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scan = scanJson(body);
  if (scan.error) throw syntaxError(body, scan.error.offset, scan.error.reason);
  let value: unknown;
  // JSON.parse is a linear scanner of its own.
  countSteps(body.length);
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw syntaxError(body, 0, error instanceof Error ? error.message : "invalid JSON");
  }
  const itemLines = linesAt(body, scan.itemOffsets);
  return parseJsonSegments(value, (index) => itemLines[index]);
}

function syntaxError(body: string, offset: number, reason: string) {
  const line = linesAt(body, [offset])[0] ?? 1;
  return scriptError(line, `Line ${line}: the JSON is not valid: ${reason}.`);
}

function unwrapList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  // Also accept `{ "segments": [...] }`, a common way to wrap the list.
  if (typeof value === "object" && value !== null && "segments" in value && Array.isArray(value.segments)) {
    return value.segments as unknown[];
  }
  return null;
}
