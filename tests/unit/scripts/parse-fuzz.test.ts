import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { MAX_SEGMENT_CHARS, MAX_SEGMENTS, formatTimestamp, parseScript, type ParsedSegment } from "@/lib/scripts/parse";
import { cleanCueText, parseCueTime, readTimeLine } from "@/lib/scripts/parse/cues";
import { scanSteps } from "@/lib/scripts/parse/scan";
import { readTimestamp, splitLeadingTimestamp } from "@/lib/scripts/parse/timestamp";

// Pieces that matter to the parsers, so that random input often looks almost right.
const PIECES = [
  "<", ">", "<i>", "</i>", "{\\", "}", "{\\an8}", "&", "&amp;", "&lt;", "&nbsp;", "&am", ";",
  "-->", " --> ", "00:00:01,000", "00:00:02,500", "00:01.000", "01:00:02.000", "0:30", "1:02:03", "7:O9", "0:75", "0:5",
  "[", "]", "(", ")", "-", "–", "|", ":", ",", ".", "*", "•", " ", "  ", "\t", "\u00a0", "\u2028", "\ufeff",
  "\n", "\n", "\n\n", "\r\n", "\r", "WEBVTT", "NOTE", "STYLE", "1", "2", "42", "a", "Coffee", "é", "☕", "咖啡",
  '"', "{", "[{", '"timestamp"', '"text"', '"0:00"', "\\u00e9", "\\", "e5", "true", "null",
];
const wild = fc.oneof(
  fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 120 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);

const cueText = fc.string({ unit: fc.constantFrom("a", "b", "é", " ", "<", ">", "&", "{\\", "}", "-", "1", ":"), minLength: 1, maxLength: 40 });
const srtCue = fc.record({ start: fc.nat(7200_000), length: fc.nat(10_000), lines: fc.array(cueText, { minLength: 0, maxLength: 3 }) });
const srtFile = fc.array(srtCue, { maxLength: 30 }).map((cues) =>
  cues
    .map(({ start, length, lines }, i) => `${i + 1}\n${srtTime(start)} --> ${srtTime(start + length)}\n${lines.join("\n")}`)
    .join("\n\n"),
);

function srtTime(ms: number): string {
  const pad = (value: number, size = 2) => String(value).padStart(size, "0");
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
}

const KINDS = ["text", "srt", "vtt"] as const;

/** Parses, checking that the only failure is the typed script error and that work stays linear. */
function parseChecked(kind: (typeof KINDS)[number], text: string): ParsedSegment[] | null {
  const before = scanSteps();
  try {
    return parseScript({ kind, text });
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(["invalid:script", "too_large:script"]).toContain(error.code);
    if (error.code === "invalid:script") {
      const line = error.details?.line;
      expect(Number.isInteger(line) && (line as number) >= 1).toBe(true);
      expect(error.message.length).toBeLessThan(400);
    }
    return null;
  } finally {
    expect(scanSteps() - before).toBeLessThanOrEqual(16 * (text.length + 1) + 200);
  }
}

function expectValidSegments(segments: readonly ParsedSegment[]): void {
  expect(segments.length).toBeGreaterThanOrEqual(1);
  expect(segments.length).toBeLessThanOrEqual(MAX_SEGMENTS);
  segments.forEach((segment, index) => {
    expect(Number.isInteger(segment.seconds) && segment.seconds >= 0).toBe(true);
    expect(segment.timestamp).toBe(formatTimestamp(segment.seconds));
    if (index > 0) expect(segment.seconds).toBeGreaterThan(segments[index - 1]!.seconds);
    expect(segment.text.length).toBeGreaterThan(0);
    expect(segment.text.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
    expect(segment.text).toBe(segment.text.trim());
    expect(segment.text).not.toMatch(/\s\s|[\t\n\r\u2028\u00a0]/);
  });
}

describe("the parsers on random and adversarial input", () => {
  it.each(KINDS)("%s: returns ordered, non-empty segments within the limits, or the typed error", (kind) => {
    fc.assert(
      fc.property(fc.oneof(wild, srtFile), (text) => {
        const segments = parseChecked(kind, text);
        if (segments) expectValidSegments(segments);
      }),
      { numRuns: 300 },
    );
  });

  it("reads generated SRT files into segments at the cues' whole seconds", () => {
    fc.assert(
      fc.property(srtFile, (text) => {
        const segments = parseChecked("srt", text);
        if (segments) expectValidSegments(segments);
      }),
      { numRuns: 200 },
    );
  });
});

// The regular expressions the scanners replaced: on short input they are the specification.
const OLD_TIME_LINE = /^\s*(\S+)\s*-->\s*(\S+)(?:\s.*)?$/;
const OLD_CUE_TIME = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;
const OLD_LEADING = /^\s*(?:[-*•]\s+)?(?:\[\s*(\d+(?::\d+){1,2})\s*\]|\(\s*(\d+(?::\d+){1,2})\s*\)|(\d+(?::\d+){1,2})(?=$|[\s\-–—|:]))\s*(?:[-–—|:]\s*)?(.*)$/;
const OLD_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", lrm: "", rlm: "" };

function oldClean(line: string): string {
  return line
    .replace(/<[^>]*>/g, "")
    .replace(/\{\\[^}]*\}/g, "")
    .replace(/&(amp|lt|gt|quot|apos|nbsp|lrm|rlm);/g, (_, name: string) => OLD_ENTITIES[name] ?? "")
    .replace(/^\s*[-–]\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function oldCueTime(raw: string): number | null {
  const match = OLD_CUE_TIME.exec(raw);
  if (!match) return null;
  const [, h, m = "", s = "", fraction] = match;
  if (Number(s) > 59 || (h !== undefined && Number(m) > 59)) return null;
  const seconds = Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
  return fraction === undefined ? seconds : seconds + Number(`0.${fraction}`);
}

// "." in the old patterns stops at U+2028/U+2029; the scanners treat them as white space.
const line = fc.string({ unit: fc.constantFrom(...PIECES.filter((p) => !/[\n\r\u2028]/.test(p))), maxLength: 40 });

describe("the scanners agree with the regular expressions they replaced", () => {
  it("cleans cue text alike", () => {
    fc.assert(fc.property(line, (text) => {
        expect(cleanCueText([text])).toBe(oldClean(text));
      }), { numRuns: 500 });
  });

  it("reads cue times alike", () => {
    const time = fc.string({ unit: fc.constantFrom("0", "1", "5", "9", "00", "59", "60", ":", ".", ",", "a", " "), maxLength: 14 });
    fc.assert(fc.property(time, (raw) => {
        expect(parseCueTime(raw)).toBe(oldCueTime(raw));
      }), { numRuns: 500 });
  });

  it("reads time lines alike", () => {
    fc.assert(
      fc.property(line, (text) => {
        const match = OLD_TIME_LINE.exec(text);
        const reading = readTimeLine(text, "x");
        const start = match ? oldCueTime(match[1]!) : null;
        const end = match ? oldCueTime(match[2]!) : null;
        if (start !== null && end !== null && end >= start) expect(reading).toEqual({ start, end });
        else expect("reason" in reading).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("splits leading timestamps alike, and refuses what only looked like one", () => {
    const start = fc.tuple(fc.constantFrom("", " ", "- ", "* ", "[", "( ", "-"), fc.constantFrom("0:30", "7:O9", "1:02:03", "0:5", "0", "12:"));
    const lineStart = fc.tuple(start, line).map(([[bullet, time], rest]) => `${bullet}${time}${rest}`);
    fc.assert(
      fc.property(fc.oneof(line, lineStart), (text) => {
        const match = OLD_LEADING.exec(text);
        const old = match ? { raw: match[1] ?? match[2] ?? match[3] ?? "", rest: match[4] ?? "" } : null;
        const split = splitLeadingTimestamp(text);
        // Whatever the scanner accepts as a time, the old pattern read the same way.
        if (split && "seconds" in readTimestamp(split.raw)) expect(split).toEqual(old);
        // Whatever the old pattern read as a valid time is still read, unless junk was glued to it.
        if (old && "seconds" in readTimestamp(old.raw) && !(split && "reason" in readTimestamp(split.raw))) expect(split).toEqual(old);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("round trips", () => {
  it("formats and reads every timestamp up to 99:59:59", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99 * 3600 + 59 * 60 + 59 }), (seconds) => {
        expect(readTimestamp(formatTimestamp(seconds))).toEqual({ seconds });
      }));
  });

  const word = fc.string({ unit: fc.constantFrom("a", "Z", "é", "0", "9", ":", "-", "[", "(", "<", "&", "☕", "'", '"'), minLength: 1, maxLength: 12 });
  const text = fc
    .array(word, { minLength: 1, maxLength: 8 })
    .map((words) => words.join(" "))
    .filter((value) => !"-–—|:".includes(value.charAt(0)));
  const segments = fc
    .uniqueArray(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 40 })
    .chain((seconds) => fc.tuple(fc.constant([...seconds].sort((a, b) => a - b)), fc.array(text, { minLength: seconds.length, maxLength: seconds.length })))
    .map(([seconds, texts]) => seconds.map((s, i) => ({ timestamp: formatTimestamp(s), seconds: s, text: texts[i]! })));

  it("writes segments as timestamped lines and reads them back", () => {
    fc.assert(
      fc.property(segments, (list) => {
        const script = list.map((s) => `${s.timestamp} ${s.text}`).join("\n");
        expect(parseScript({ kind: "text", text: script })).toEqual(list);
      }),
    );
  });

  it("writes segments as a JSON list and reads them back", () => {
    fc.assert(
      fc.property(segments, (list) => {
        const json = JSON.stringify(list.map(({ timestamp, text: value }) => ({ timestamp, text: value })), null, 2);
        expect(parseScript({ kind: "text", text: json })).toEqual(list);
      }),
    );
  });
});
