import { describe, expect, it } from "vitest";
import { parseScript } from "@/lib/scripts/parse";
import { cleanCueText, parseCueTime } from "@/lib/scripts/parse/cues";
import { appErrorOf, cueCount, makeSrt, makeVtt } from "../../../support/script-fixtures";

const srt = (text: string, mergeSeconds?: number) => parseScript({ kind: "srt", text, mergeSeconds });
const vtt = (text: string, mergeSeconds?: number) => parseScript({ kind: "vtt", text, mergeSeconds });

const SRT = `1
00:00:01,000 --> 00:00:04,000
<i>Welcome</i> to the
coffee story.

2
00:00:04,500 --> 00:00:07,250
{\\an8}- Where does coffee come from?
- Ethiopia.

3
00:01:02,999 --> 00:01:05,000
The <b>plantation</b> &amp; the farmers.
`;

const VTT = `WEBVTT - Coffee
Kind: captions
Language: en

STYLE
::cue { color: yellow }

NOTE
This is a comment
over two lines

intro
00:01.000 --> 00:04.000 align:start position:10%
<v Narrator>Welcome</v> to the
<c.yellow>coffee</c> story.

00:04.500 --> 00:07.250
Where does <00:05.000>coffee come from?

3
01:00:02.000 --> 01:00:05.000 line:0
The plantation &lt;today&gt;.
`;

describe("parseScript: SRT", () => {
  it("reads cues: start rounded down, tags stripped, lines joined", () => {
    expect(srt(SRT)).toEqual([
      { timestamp: "0:01", seconds: 1, text: "Welcome to the coffee story." },
      { timestamp: "0:04", seconds: 4, text: "Where does coffee come from? Ethiopia." },
      { timestamp: "1:02", seconds: 62, text: "The plantation & the farmers." },
    ]);
  });

  it("reads cues without numbers, with CRLF, dots, extra blank lines and no trailing newline", () => {
    const text = "\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nOne\r\n\r\n\r\n00:00:03,000-->00:00:04,000\r\nTwo";
    expect(srt(text)).toEqual([
      { timestamp: "0:01", seconds: 1, text: "One" },
      { timestamp: "0:03", seconds: 3, text: "Two" },
    ]);
  });

  it("skips cues without text and joins cues starting in the same second", () => {
    const text = "1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n2\n00:00:03,000 --> 00:00:03,400\nA\n\n3\n00:00:03,500 --> 00:00:04,000\nB\n";
    expect(srt(text)).toEqual([{ timestamp: "0:03", seconds: 3, text: "A B" }]);
  });

  it.each([
    ["a bad time line", "1\n00:00:01,000 -> 00:00:04,000\nHi", 2, 'Line 2 ("00:00:01,000 -> 00:00:04,000"): expected a time line like 00:00:01,000 --> 00:00:04,000'],
    ["a bad time", "1\n00:00:01,000 --> 00:00:04,000\nA\n\n2\n00:00:75,000 --> 00:00:76,000\nB", 6, "00:00:75,000 is not a valid cue time"],
    ["a cue that ends before it starts", "1\n00:00:05,000 --> 00:00:04,000\nHi", 2, "ends before it starts"],
    ["a number without a time line", "1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n", 5, "cue 2 has no time line"],
    ["text where a cue should start", "1\n00:00:01,000 --> 00:00:02,000\nA\n\nstray text\n", 5, "expected a time line"],
    ["cues out of order", "1\n00:00:10,000 --> 00:00:12,000\nA\n\n2\n00:00:05,000 --> 00:00:06,000\nB", 6, "before the cue above it"],
    ["a cue over 1000 characters", `1\n00:00:01,000 --> 00:00:02,000\n${"x".repeat(1001)}`, 2, "has 1001 characters"],
    ["no cue with text", "1\n00:00:01,000 --> 00:00:02,000\n\n", 1, "no cue with text"],
    ["an empty file", "", 1, "no cue with text"],
    // Five lines per cue (number, time, two text lines, blank): cue 301 has its time line at 1502.
    ["more than 300 segments", makeSrt(20), 300 * 5 + 2, "at most 300 segments"],
  ])("refuses %s with its line", (_, text, line, message) => {
    const error = appErrorOf(() => srt(text));
    expect(error.code).toBe("invalid:script");
    expect(error.details).toEqual({ line });
    expect(error.message).toContain(message);
  });
});

describe("parseScript: WebVTT", () => {
  it("reads cues after the header, skipping STYLE and NOTE blocks, ids, settings and tags", () => {
    expect(vtt(VTT)).toEqual([
      { timestamp: "0:01", seconds: 1, text: "Welcome to the coffee story." },
      { timestamp: "0:04", seconds: 4, text: "Where does coffee come from?" },
      { timestamp: "1:00:02", seconds: 3602, text: "The plantation <today>." },
    ]);
  });

  it("tolerates a missing header", () => {
    expect(vtt("00:01.000 --> 00:02.000\nHi")).toEqual([{ timestamp: "0:01", seconds: 1, text: "Hi" }]);
  });

  it.each([
    ["a bad time line after an id", "WEBVTT\n\nid\n00:01.000 to 00:04.000\nHi", 4, "expected a time line like 00:01.000 --> 00:04.000"],
    ["a broken time line without an id", "WEBVTT\n\n00:01.000 -> 00:04.000\nHi", 3, "expected a time line"],
    ["a bad time", "WEBVTT\n\n00:01.000 --> 00:61.000\nHi", 3, "00:61.000 is not a valid cue time"],
    ["a lone line", "WEBVTT\n\nstray", 3, "expected a time line"],
    ["cues out of order", "WEBVTT\n\n00:09.000 --> 00:10.000\nA\n\n00:02.000 --> 00:03.000\nB", 6, "before the cue above it"],
    ["only a header", "WEBVTT\n\nNOTE nothing here\n", 1, "no cue with text"],
  ])("refuses %s with its line", (_, text, line, message) => {
    const error = appErrorOf(() => vtt(text));
    expect(error.details).toEqual({ line });
    expect(error.message).toContain(message);
  });
});

describe("merging cues", () => {
  // Cues every 3 s, each shown 2.5 s: with 30-second segments, cues 0–9 end by 29.5 s.
  const tenMinutes = makeSrt(10);

  it("keeps one segment per cue by default", () => {
    expect(srt(makeSrt(5))).toHaveLength(cueCount(5));
  });

  it("starts a new segment when the next cue would end past the length", () => {
    const segments = srt(tenMinutes, 30);
    expect(segments).toHaveLength(20);
    expect(segments.slice(0, 3).map((s) => s.timestamp)).toEqual(["0:00", "0:30", "1:00"]);
    expect(segments[0]?.text).toMatch(/^Cue number 1 of the long video, second line\. Cue number 2 .* Cue number 10 of the long video, second line\.$/);
  });

  it("counts from each segment's first cue, so gaps shift the boundaries", () => {
    const text = [
      "1\n00:00:00,000 --> 00:00:05,000\nA",
      "2\n00:00:06,000 --> 00:00:10,000\nB",
      "3\n00:00:12,000 --> 00:00:21,000\nC",
      "4\n00:00:21,000 --> 00:00:24,000\nD",
      "5\n00:00:40,000 --> 00:00:45,000\nE",
    ].join("\n\n");
    expect(srt(text, 20)).toEqual([
      { timestamp: "0:00", seconds: 0, text: "A B" },
      { timestamp: "0:12", seconds: 12, text: "C D" },
      { timestamp: "0:40", seconds: 40, text: "E" },
    ]);
  });

  it("keeps a long cue on its own rather than cutting it", () => {
    const text = "1\n00:00:00,000 --> 00:01:00,000\nLong\n\n2\n00:01:00,000 --> 00:01:01,000\nShort";
    expect(srt(text, 30).map((s) => s.text)).toEqual(["Long", "Short"]);
  });

  it("starts a new segment before the text would pass 1000 characters", () => {
    const cue = (i: number) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${String(i).repeat(400)}`;
    const segments = srt([0, 1, 2, 3].map(cue).join("\n\n"), 60);
    expect(segments.map((s) => s.text.length)).toEqual([801, 801]);
  });

  it("merges WebVTT cues the same way", () => {
    expect(vtt(makeVtt(10), 30)).toHaveLength(20);
  });

  it("refuses a merge length that is not positive", () => {
    expect(appErrorOf(() => srt(tenMinutes, 0)).message).toContain("positive number of seconds");
  });

  it("reads a 2-hour SRT of 2400 cues into 240 segments of 30 seconds", () => {
    const text = makeSrt(120);
    expect(cueCount(120)).toBe(2400);
    const segments = srt(text, 30);
    expect(segments).toHaveLength(240);
    expect(segments.at(-1)?.timestamp).toBe("1:59:30");
  });
});

describe("cue helpers", () => {
  it.each([
    ["00:00:01,000", 1],
    ["00:01.500", 1.5],
    ["1:02:03.250", 3723.25],
    ["00:00:01,5", 1.5],
    ["00:00:60,000", null],
    ["01:60:00.000", null],
    ["1.000", null],
  ])("parseCueTime(%s) = %s", (raw, seconds) => {
    expect(parseCueTime(raw)).toBe(seconds);
  });

  it("cleans cue text", () => {
    expect(cleanCueText(["<font color=\"red\">Red</font>&nbsp;text", "  ", "– Dash &quot;q&quot;", "{\\i1}x{\\i0}"])).toBe('Red text Dash "q" x');
  });
});
