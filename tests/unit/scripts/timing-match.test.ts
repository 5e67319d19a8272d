import { describe, expect, it } from "vitest";
import { matchClips } from "@/lib/scripts/timing/match";
import type { TimedClip } from "@/lib/scripts/timing/types";
import { appErrorOf } from "../../support/script-fixtures";

const SEGMENTS = [
  { id: "s1", timestamp: "0:00", text: "Intro in the studio" },
  { id: "s2", timestamp: "0:30", text: "Coffee beans" },
  { id: "s3", timestamp: "1:00", text: "Roasting" },
  { id: "s4", timestamp: "1:30", text: "A cup" },
];

const clip = (name: string, start: number, extra: Partial<TimedClip> = {}): TimedClip => ({ name, start, ...extra });
const summary = (result: ReturnType<typeof matchClips>) => ({
  matches: result.matches.map((m) => [m.segmentIndex + 1, m.clip.name, m.by]),
  ignored: result.ignored.map((i) => [i.clip.name, i.reason]),
});

describe("matching clips to segments", () => {
  it("ties clips by exported file or clip name, whatever their order of names", () => {
    const clips = [clip("x", 1, { file: "001_0-00_intro-studio.png" }), clip("002_0-30_coffee-beans", 31), clip("004_1-30_cup.png", 95)];
    expect(summary(matchClips(SEGMENTS, clips, false))).toEqual({
      matches: [
        [1, "x", "name"],
        [2, "002_0-30_coffee-beans", "name"],
        [4, "004_1-30_cup.png", "name"],
      ],
      ignored: [],
    });
  });

  it("ties by the segment id in the metadata first, then the rest by order between tied clips", () => {
    const clips = [clip("001_renamed", 0), clip("anything", 40, { segmentId: "s2" }), clip("003_renamed", 70), clip("004_renamed", 99)];
    expect(summary(matchClips(SEGMENTS, clips, false)).matches).toEqual([
      [1, "001_renamed", "order"],
      [2, "anything", "id"],
      [3, "003_renamed", "order"],
      [4, "004_renamed", "order"],
    ]);
  });

  it("leaves other media alone, and reports clips with no segment left and duplicates", () => {
    const clips = [clip("logo", 0), clip("001_0-00_intro-studio", 1), clip("001_0-00_intro-studio", 5), clip("009_extra", 7), clip("010_extra", 8), clip("011_extra", 9), clip("012_extra", 10)];
    expect(summary(matchClips(SEGMENTS, clips, false))).toEqual({
      matches: [
        [1, "001_0-00_intro-studio", "name"],
        [2, "009_extra", "order"],
        [3, "010_extra", "order"],
        [4, "011_extra", "order"],
      ],
      ignored: [
        ["logo", "foreign"],
        ["001_0-00_intro-studio", "duplicate"],
        ["012_extra", "extra"],
      ],
    });
  });

  it("ties subtitle cues by their text, then by order, even without names", () => {
    const cues = [clip("Intro in the studio", 0, { text: "Intro  in the studio" }), clip("Changed words", 33, { text: "Changed words" }), clip("A cup", 90, { text: "A cup" })];
    expect(summary(matchClips(SEGMENTS, cues, true)).matches).toEqual([
      [1, "Intro in the studio", "text"],
      [2, "Changed words", "order"],
      [4, "A cup", "text"],
    ]);
  });

  it("refuses to reorder the script", () => {
    const clips = [clip("003_1-00_roasting", 10), clip("001_0-00_intro-studio", 20)];
    const error = appErrorOf(() => matchClips(SEGMENTS, clips, false));
    expect(error.code).toBe("invalid:timing");
    expect(error.message).toContain('"001_0-00_intro-studio" comes after "003_1-00_roasting" in the timeline but before it in the script');
  });
});
