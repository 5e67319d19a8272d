import { cleanCueText, readTimeLine, type Cue } from "./cues";
import { scriptError } from "./limits";
import { isBlank, snippet, splitLines } from "./lines";

const SKIPPED_BLOCK = /^(?:NOTE|STYLE|REGION)(?:\s|$)/;
const STARTS_WITH_TIME = /^\s*\d+:\d/;

/**
 * WebVTT cues: after the "WEBVTT" header block, blocks of an optional cue id, a time line
 * "00:01.000 --> 00:04.000 [settings]" and text lines; NOTE, STYLE and REGION blocks are
 * skipped, and so are cues without text. A missing header is tolerated.
 */
export function parseVttCues(text: string): Cue[] {
  const lines = splitLines(text);
  const cues: Cue[] = [];
  let index = 0;
  if (/^WEBVTT(?:\s|$)/.test(lines[0] ?? "")) {
    while (index < lines.length && !isBlank(lines[index] ?? "")) index++;
  }
  while (index < lines.length) {
    if (isBlank(lines[index] ?? "")) {
      index++;
      continue;
    }
    let end = index;
    while (end < lines.length && !isBlank(lines[end] ?? "")) end++;
    const first = lines[index] ?? "";
    if (!first.includes("-->") && SKIPPED_BLOCK.test(first)) {
      index = end;
      continue;
    }
    // A first line without "-->" is the cue id, unless it looks like a (broken) time line itself.
    const hasId = !first.includes("-->") && !STARTS_WITH_TIME.test(first) && index + 1 < end;
    const timeIndex = hasId ? index + 1 : index;
    const timeLine = lines[timeIndex] ?? "";
    const time = readTimeLine(timeLine, "00:01.000 --> 00:04.000");
    if ("reason" in time) throw scriptError(timeIndex + 1, `Line ${timeIndex + 1} (${snippet(timeLine)}): ${time.reason}.`);
    const cueText = cleanCueText(lines.slice(timeIndex + 1, end));
    if (cueText) cues.push({ start: time.start, end: time.end, text: cueText, line: timeIndex + 1, source: timeLine });
    index = end;
  }
  return cues;
}
