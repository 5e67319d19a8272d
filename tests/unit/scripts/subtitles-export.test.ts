import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeSrt, writeVtt } from "@/lib/scripts/export/subtitles";
import { formatTimestamp, parseScript } from "@/lib/scripts/parse";
import { parseSrtCues } from "@/lib/scripts/parse/srt";
import { parseVttCues } from "@/lib/scripts/parse/vtt";

const SEGMENTS = [
  { seconds: 0, text: "Intro in a studio" },
  { seconds: 30, text: "Salt & pepper" },
  { seconds: 3725, text: "A <b> tag, an &amp; entity --> and an arrow" },
];

describe("subtitle exports", () => {
  it("writes SRT cues from each timestamp to the next, the last one the chosen length", () => {
    expect(writeSrt(SEGMENTS, 5)).toBe(
      [
        "1\n00:00:00,000 --> 00:00:30,000\nIntro in a studio\n",
        "2\n00:00:30,000 --> 01:02:05,000\nSalt & pepper\n",
        "3\n01:02:05,000 --> 01:02:10,000\nA &lt;b&gt; tag, an &amp;amp; entity --&gt; and an arrow\n",
      ].join("\n"),
    );
  });

  it("writes WebVTT with the header, ids, and &, <, > always escaped", () => {
    const vtt = writeVtt(SEGMENTS, 2);
    expect(vtt.startsWith("WEBVTT\n\n1\n00:00:00.000 --> 00:00:30.000\nIntro in a studio\n\n2\n")).toBe(true);
    expect(vtt).toContain("Salt &amp; pepper");
    expect(vtt).toContain("01:02:05.000 --> 01:02:07.000\nA &lt;b&gt; tag, an &amp;amp; entity --&gt; and an arrow\n");
    expect(vtt).not.toMatch(/-->.*-->/);
  });

  it("reads back the exact cue times", () => {
    expect(parseSrtCues(writeSrt(SEGMENTS, 5)).map((c) => [c.start, c.end, c.text])).toEqual([
      [0, 30, "Intro in a studio"],
      [30, 3725, "Salt & pepper"],
      [3725, 3730, "A <b> tag, an &amp; entity --> and an arrow"],
    ]);
    expect(parseVttCues(writeVtt(SEGMENTS, 5)).map((c) => c.text)).toEqual(SEGMENTS.map((s) => s.text));
  });

  // Subtitle readers drop a leading dialogue dash and {\…} overrides: texts without them round-trip.
  const word = fc.string({ unit: fc.constantFrom("a", "é", "1", ":", "<", ">", "&", ";", "-", "amp", "lt", "{", "}", '"', "☕"), minLength: 1, maxLength: 10 });
  const text = fc
    .array(word, { minLength: 1, maxLength: 6 })
    .map((words) => words.join(" "))
    .filter((value) => !/^[-–]\s/.test(value) && !value.includes("{\\"));
  const segments = fc
    .uniqueArray(fc.integer({ min: 0, max: 30_000 }), { minLength: 1, maxLength: 30 })
    .chain((seconds) => fc.tuple(fc.constant([...seconds].sort((a, b) => a - b)), fc.array(text, { minLength: seconds.length, maxLength: seconds.length })))
    .map(([seconds, texts]) => seconds.map((s, i) => ({ timestamp: formatTimestamp(s), seconds: s, text: texts[i]! })));

  it.each([
    ["SRT", "srt", writeSrt],
    ["WebVTT", "vtt", writeVtt],
  ] as const)("%s: exporting segments and creating a script from the file gives them back", (_, kind, write) => {
    fc.assert(
      fc.property(segments, fc.integer({ min: 1, max: 600 }), (list, lastSeconds) => {
        expect(parseScript({ kind, text: write(list, lastSeconds) })).toEqual(list);
      }),
    );
  });
});
