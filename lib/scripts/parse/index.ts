import { AppError } from "@/lib/errors";
import { cuesToSegments } from "./cue-merge";
import { detectScriptFormat } from "./detect";
import { parseJsonSegments, parseJsonText } from "./json";
import { MAX_SCRIPT_CHARS } from "./limits";
import { parseSrtCues } from "./srt";
import { parseTextScript } from "./text";
import type { ParsedSegment, ScriptInput } from "./types";
import { parseVttCues } from "./vtt";

export { detectScriptFormat } from "./detect";
export { MAX_LINE_CHARS, MAX_SCRIPT_CHARS, MAX_SEGMENT_CHARS, MAX_SEGMENTS, scriptError } from "./limits";
export { formatTimestamp, parseTimestamp, readTimestamp } from "./timestamp";
export { jsonSegmentSchema, scriptInputSchema, type ParsedSegment, type ScriptFormat, type ScriptInput } from "./types";

/**
 * A script as its segments, in time order. Throws `AppError("invalid:script", message, { line })`
 * for the first problem found, `line` being 1-based in the text (or the item number for a JSON
 * list given as data). Pasted text may be timestamped lines, a JSON list, SRT or WebVTT.
 */
export function parseScript(input: ScriptInput): ParsedSegment[] {
  if (input.kind === "json") return parseJsonSegments(input.segments);
  if (input.text.length > MAX_SCRIPT_CHARS) {
    throw new AppError("too_large:script", `The script is too long (over ${MAX_SCRIPT_CHARS.toLocaleString("en")} characters).`);
  }
  if (input.kind === "srt") return cuesToSegments(parseSrtCues(input.text), input.mergeSeconds);
  if (input.kind === "vtt") return cuesToSegments(parseVttCues(input.text), input.mergeSeconds);
  const format = detectScriptFormat(input.text);
  if (format === "json") return parseJsonText(input.text);
  if (format === "srt") return cuesToSegments(parseSrtCues(input.text));
  if (format === "vtt") return cuesToSegments(parseVttCues(input.text));
  return parseTextScript(input.text);
}
