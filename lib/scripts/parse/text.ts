import { readScriptLines, SegmentCollector, scriptError } from "./limits";
import { isBlank, snippet } from "./lines";
import { readTimestamp, splitLeadingTimestamp } from "./timestamp";
import type { ParsedSegment } from "./types";

const EMPTY = 'The script is empty: write one segment per line, such as "0:30 Historical coffee plantation in Ethiopia".';

/**
 * Timestamped lines: "0:30 text", "[0:30] text", "(0:30) text", "0:30 - text", "0:30: text".
 * A line without a timestamp continues the segment above it; blank lines are ignored.
 */
export function parseTextScript(text: string): ParsedSegment[] {
  const lines = readScriptLines(text);
  const segments = new SegmentCollector();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (isBlank(line)) continue;
    const lineNumber = index + 1;
    const leading = splitLeadingTimestamp(line);
    if (!leading) {
      if (!segments.isOpen) {
        throw scriptError(lineNumber, `Line ${lineNumber} (${snippet(line)}): the script must start with a timestamp, such as "0:00 Opening shot of the studio".`);
      }
      segments.append(line);
      continue;
    }
    segments.close();
    const label = `Line ${lineNumber} (${snippet(line)})`;
    const reading = readTimestamp(leading.raw);
    if ("reason" in reading) throw scriptError(lineNumber, `${label}: ${reading.reason}.`);
    segments.start(reading.seconds, lineNumber, label, leading.rest);
  }
  return segments.finish(EMPTY);
}
