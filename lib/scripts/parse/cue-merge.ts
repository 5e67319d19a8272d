import type { Cue } from "./cues";
import { MAX_SEGMENT_CHARS, SegmentCollector, scriptError } from "./limits";
import { snippet } from "./lines";
import { formatTimestamp } from "./timestamp";
import type { ParsedSegment } from "./types";

const EMPTY = "The subtitles have no cue with text.";

/**
 * Subtitle cues as script segments, each timestamped at its first cue's start rounded down to
 * the second. Without `mergeSeconds`, one segment per cue, except that cues starting within the
 * same second share a segment (timestamps must differ). With it, consecutive cues join the
 * current segment until one would end more than `mergeSeconds` after the segment's start (or
 * push its text past the length limit); that cue starts the next segment.
 */
export function cuesToSegments(cues: readonly Cue[], mergeSeconds?: number): ParsedSegment[] {
  if (mergeSeconds !== undefined && !(Number.isFinite(mergeSeconds) && mergeSeconds > 0)) {
    throw scriptError(1, `Merging cues needs a positive number of seconds, not ${mergeSeconds}.`);
  }
  const segments = new SegmentCollector();
  let segmentStart = 0;
  let previousStart = Number.NEGATIVE_INFINITY;
  for (const cue of cues) {
    if (cue.start < previousStart) {
      throw scriptError(cue.line, `${labelOf(cue)}: this cue starts at ${formatTimestamp(cue.start)}, before the cue above it; cues must be in time order.`);
    }
    previousStart = cue.start;
    const second = Math.floor(cue.start);
    const sameSecond = segments.isOpen && second === Math.floor(segmentStart);
    const fits =
      mergeSeconds !== undefined &&
      segments.isOpen &&
      cue.end - segmentStart <= mergeSeconds &&
      segments.openChars + 1 + cue.text.length <= MAX_SEGMENT_CHARS;
    if (sameSecond || fits) {
      segments.append(cue.text);
    } else {
      segments.start(second, cue.line, labelOf(cue), cue.text);
      segmentStart = cue.start;
    }
  }
  return segments.finish(EMPTY);
}

function labelOf(cue: Cue): string {
  return `Line ${cue.line} (${snippet(cue.source)})`;
}
