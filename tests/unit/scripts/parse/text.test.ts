import { describe, expect, it } from "vitest";
import { detectScriptFormat, MAX_SEGMENT_CHARS, parseScript, scriptInputSchema } from "@/lib/scripts/parse";
import { appErrorOf, makeTextScript } from "../../../support/script-fixtures";

const text = (value: string) => parseScript({ kind: "text", text: value });

describe("parseScript: timestamped lines", () => {
  it("reads the reference script", () => {
    const script = [
      "0:00 Introduction scene with host in modern studio",
      "0:30 Historical coffee plantation in 19th century Ethiopia",
      "1:00 Modern coffee roasting factory with industrial equipment",
    ].join("\n");
    expect(text(script)).toEqual([
      { timestamp: "0:00", seconds: 0, text: "Introduction scene with host in modern studio" },
      { timestamp: "0:30", seconds: 30, text: "Historical coffee plantation in 19th century Ethiopia" },
      { timestamp: "1:00", seconds: 60, text: "Modern coffee roasting factory with industrial equipment" },
    ]);
  });

  it.each([
    ["0:30 text", "0:30"],
    ["00:30 text", "0:30"],
    ["[0:30] text", "0:30"],
    ["(0:30) text", "0:30"],
    ["0:30 - text", "0:30"],
    ["0:30: text", "0:30"],
    ["0:00:30 text", "0:30"],
    ["1:02:03 text", "1:02:03"],
    ["12:05 text", "12:05"],
    ["- 0:30 text", "0:30"],
  ])("%j gives one segment at %s", (line, timestamp) => {
    expect(text(line)).toEqual([{ timestamp, seconds: expect.any(Number), text: "text" }]);
  });

  it("joins continuation lines with a space, ignores blank lines, collapses spaces and handles CRLF and a BOM", () => {
    const script = "\uFEFF\r\n0:00   Opening\tshot\r\nof the studio\r\n\r\n   \r\n0:10\r\nThe host\r\n  waves  \r\n";
    expect(text(script)).toEqual([
      { timestamp: "0:00", seconds: 0, text: "Opening shot of the studio" },
      { timestamp: "0:10", seconds: 10, text: "The host waves" },
    ]);
  });

  it("accepts 300 segments", () => {
    expect(text(makeTextScript(300))).toHaveLength(300);
  });

  it.each([
    ["text before the first timestamp", "Intro without time\n0:30 text", 1, 'must start with a timestamp'],
    ["unparseable timestamp", "0:00 a\n0:75 Coffee plantation", 2, "0:75 has 75 seconds"],
    ["one-digit seconds", "0:00 a\n\n0:5 b", 3, "two-digit seconds"],
    ["minutes over 59 with hours", "0:00 a\n1:60:00 b", 2, "minutes go from 00 to 59"],
    ["timestamps out of order", "0:00 a\n0:45 b\n0:30 c", 3, "0:30 comes after 0:45"],
    ["equal timestamps", "0:00 a\n0:30 b\n0:30 c", 3, "repeats the previous timestamp"],
    ["empty text", "0:00 a\n0:30\n\n0:40 c", 2, "the segment at 0:30 has no text"],
    ["empty text at the end", "0:00 a\n0:30 - ", 2, "has no text"],
    ["a segment over the limit", `0:00 a\n0:10 ${"x".repeat(MAX_SEGMENT_CHARS + 1)}`, 2, "has 1001 characters; the limit is 1000"],
    ["a segment over the limit by continuation", `0:00 ${"x".repeat(600)}\n${"y".repeat(600)}\n0:10 b`, 1, "has 1201 characters"],
    ["more than 300 segments", makeTextScript(305), 301, "at most 300 segments"],
    ["an empty script", "", 1, "The script is empty"],
    ["a blank script", "  \n\n\t\n", 1, "The script is empty"],
  ])("refuses %s (line %#)", (_, script, line, message) => {
    const error = appErrorOf(() => text(script));
    expect(error.code).toBe("invalid:script");
    expect(error.status).toBe(400);
    expect(error.details).toEqual({ line: expect.any(Number) });
    expect(error.details?.line).toBe(line);
    expect(error.message).toContain(message);
  });

  it("names the line and quotes it briefly", () => {
    const error = appErrorOf(() => text(`0:00 a\n0:75 ${"Historical coffee plantation ".repeat(5)}`));
    expect(error.message).toMatch(/^Line 2 \("0:75 Historical coffee plantation [A-Za-z]+…"\): 0:75 has 75 seconds/);
  });

  it("reports the first problem in the script", () => {
    const error = appErrorOf(() => text("0:00 a\n0:10\n0:75 c"));
    expect(error.details?.line).toBe(2);
  });

  it("a 2000-line script is read in linear time", () => {
    const script = ["0:00 start", ...Array.from({ length: 2000 }, (_, i) => `continuation line ${i}`)].join("\n");
    const error = appErrorOf(() => text(script));
    expect(error.message).toContain("the limit is 1000");
  });
});

describe("detectScriptFormat", () => {
  it.each([
    ["0:30 text", undefined, "text"],
    ["[0:30] text", undefined, "text"],
    ["(0:30) text", undefined, "text"],
    ['[{"timestamp": "0:00", "text": "a"}]', undefined, "json"],
    ['  \n[\n  {"timestamp": "0:00"}]', undefined, "json"],
    ["[]", undefined, "json"],
    ['{"segments": []}', undefined, "json"],
    ["\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\nhi", undefined, "vtt"],
    ["WEBVTT - Title\n\nhi", undefined, "vtt"],
    ["1\n00:00:01,000 --> 00:00:02,000\nhi", undefined, "srt"],
    ["\n\n1\n00:00:01.000 --> 00:00:02.000\nhi", undefined, "vtt"],
    ["00:01.000 --> 00:02.000\nhi", undefined, "vtt"],
    ["0:30 text", "script.srt", "srt"],
    ["0:30 text", "SCRIPT.VTT", "vtt"],
    ["0:30 text", "segments.json", "json"],
    ["1\n00:00:01,000 --> 00:00:02,000\nhi", "notes.txt", "srt"],
    ["0:30 text", "notes.txt", "text"],
  ])("%j (%s) is %s", (content, filename, format) => {
    expect(detectScriptFormat(content, filename)).toBe(format);
  });
});

describe("parseScript: pasted text in another format", () => {
  it("reads pasted SRT, WebVTT and JSON", () => {
    expect(text("1\n00:00:01,000 --> 00:00:02,000\nHello")).toEqual([{ timestamp: "0:01", seconds: 1, text: "Hello" }]);
    expect(text("WEBVTT\n\n00:03.000 --> 00:04.000\nHi")).toEqual([{ timestamp: "0:03", seconds: 3, text: "Hi" }]);
    expect(text('[{"timestamp": "0:05", "text": "Yo"}]')).toEqual([{ timestamp: "0:05", seconds: 5, text: "Yo" }]);
  });

  it("refuses a script over 2 MB as too large", () => {
    const error = appErrorOf(() => text(`0:00 ${"x".repeat(2_000_001)}`));
    expect(error.code).toBe("too_large:script");
    expect(error.status).toBe(413);
  });
});

describe("scriptInputSchema", () => {
  it.each([
    [{ kind: "text", text: "0:00 a" }, true],
    [{ kind: "json", segments: [] }, true],
    [{ kind: "srt", text: "x" }, true],
    [{ kind: "vtt", text: "x", mergeSeconds: 30 }, true],
    [{ kind: "json" }, false],
    [{ kind: "srt", text: "x", mergeSeconds: 1 }, false],
    [{ kind: "srt", text: "x", mergeSeconds: 30.5 }, false],
    [{ kind: "docx", text: "x" }, false],
    [{ kind: "text" }, false],
  ])("%j valid: %s", (input, valid) => {
    expect(scriptInputSchema.safeParse(input).success).toBe(valid);
  });
});
