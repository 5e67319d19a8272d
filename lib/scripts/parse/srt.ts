import { cleanCueText, readTimeLine, type Cue } from "./cues";
import { readScriptLines, scriptError } from "./limits";
import { isBlank, snippet } from "./lines";
import { skipDigits } from "./scan";

/**
 * SubRip cues: blocks separated by blank lines, each an optional number, a time line
 * "00:00:01,000 --> 00:00:04,000" and text lines. Cues without text are skipped.
 */
export function parseSrtCues(text: string): Cue[] {
  const lines = readScriptLines(text);
  const cues: Cue[] = [];
  let index = 0;
  while (index < lines.length) {
    if (isBlank(lines[index] ?? "")) {
      index++;
      continue;
    }
    let end = index;
    while (end < lines.length && !isBlank(lines[end] ?? "")) end++;
    const first = (lines[index] ?? "").trim();
    const numbered = first.length > 0 && skipDigits(first, 0) === first.length;
    const timeIndex = numbered ? index + 1 : index;
    if (timeIndex >= end) {
      throw scriptError(index + 1, `Line ${index + 1} (${snippet(first)}): cue ${first} has no time line; expected a time line like 00:00:01,000 --> 00:00:04,000 below it.`);
    }
    const timeLine = lines[timeIndex] ?? "";
    const time = readTimeLine(timeLine, "00:00:01,000 --> 00:00:04,000");
    if ("reason" in time) throw scriptError(timeIndex + 1, `Line ${timeIndex + 1} (${snippet(timeLine)}): ${time.reason}.`);
    const cueText = cleanCueText(lines.slice(timeIndex + 1, end));
    if (cueText) cues.push({ start: time.start, end: time.end, text: cueText, line: timeIndex + 1, source: timeLine });
    index = end;
  }
  return cues;
}
