import { normalizeSpaces } from "./lines";

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

const CUE_TIME = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;
const TIME_LINE = /^\s*(\S+)\s*-->\s*(\S+)(?:\s.*)?$/;

/** "00:00:01,000" (SRT), "00:01.000" or "01:02:03.500" (WebVTT) in seconds, or null. */
export function parseCueTime(raw: string): number | null {
  const match = CUE_TIME.exec(raw);
  if (!match) return null;
  const [, h, m = "", s = "", fraction] = match;
  if (Number(s) > 59 || (h !== undefined && Number(m) > 59)) return null;
  const seconds = Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
  return fraction === undefined ? seconds : seconds + Number(`0.${fraction}`);
}

/**
 * "start --> end [settings]" in seconds, or the reason the line is not a valid time line;
 * `example` is a valid time line in the file's format, for the message.
 */
export function readTimeLine(line: string, example: string): { start: number; end: number } | { reason: string } {
  const match = TIME_LINE.exec(line);
  if (!match) return { reason: `expected a time line like ${example}` };
  const start = parseCueTime(match[1] ?? "");
  const end = parseCueTime(match[2] ?? "");
  if (start === null || end === null) return { reason: `${start === null ? match[1] : match[2]} is not a valid cue time; expected a time line like ${example}` };
  if (end < start) return { reason: "the cue ends before it starts" };
  return { start, end };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", lrm: "", rlm: "" };

/**
 * Cue text lines as one line of plain text: markup such as <i>, <b>, <font>, <v Speaker>, <c.x>,
 * karaoke timestamps and {\an8} overrides removed, entities decoded, dialogue dashes dropped.
 */
export function cleanCueText(lines: readonly string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    const plain = line
      .replace(/<[^>]*>/g, "")
      .replace(/\{\\[^}]*\}/g, "")
      .replace(/&(amp|lt|gt|quot|apos|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name] ?? "")
      .replace(/^\s*[-–]\s+/, "");
    const clean = normalizeSpaces(plain);
    if (clean) out.push(clean);
  }
  return out.join(" ");
}
