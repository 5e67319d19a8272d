import { cleanCueText, readTimeLine, type Cue } from "./cues";
import { readScriptLines, scriptError } from "./limits";
import { isBlank, snippet } from "./lines";
import { findFrom, isDigit, skipDigits, skipSpaces, startsWithWord } from "./scan";

const SKIPPED_BLOCKS = ["NOTE", "STYLE", "REGION"];

/** "12:3…": digits, a colon and a digit after optional white space. */
function startsWithTime(line: string): boolean {
  const start = skipSpaces(line, 0);
  const colon = skipDigits(line, start);
  return colon > start && line.charAt(colon) === ":" && isDigit(line.charCodeAt(colon + 1));
}

/**
 * WebVTT cues: after the "WEBVTT" header block, blocks of an optional cue id, a time line
 * "00:01.000 --> 00:04.000 [settings]" and text lines; NOTE, STYLE and REGION blocks are
 * skipped, and so are cues without text. A missing header is tolerated.
 */
export function parseVttCues(text: string): Cue[] {
  const lines = readScriptLines(text);
  const cues: Cue[] = [];
  let index = 0;
  if (startsWithWord(lines[0] ?? "", "WEBVTT")) {
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
    const hasArrow = findFrom(first, "-->", 0) >= 0;
    if (!hasArrow && SKIPPED_BLOCKS.some((word) => startsWithWord(first, word))) {
      index = end;
      continue;
    }
    // A first line without "-->" is the cue id, unless it looks like a (broken) time line itself.
    const hasId = !hasArrow && !startsWithTime(first) && index + 1 < end;
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
