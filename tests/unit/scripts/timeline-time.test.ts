import { describe, expect, it } from "vitest";
import { FRAME_RATE_NAMES, frameAt, getFrameRate, rationalSeconds, secondsAtFrame } from "@/lib/scripts/timeline/frame-rate";
import { planTimeline } from "@/lib/scripts/timeline/plan";
import { framesToTimecode, timecodeToFrames } from "@/lib/scripts/timeline/timecode";

const rate = getFrameRate;

describe("frame rates", () => {
  it("keeps NTSC rates as exact rationals", () => {
    expect(rate("23.976")).toMatchObject({ numerator: 24000, denominator: 1001, timebase: 24, ntsc: true, dropFrame: false });
    expect(rate("29.97")).toMatchObject({ numerator: 30000, denominator: 1001, timebase: 30, ntsc: true, dropFrame: true });
    expect(rationalSeconds(1, rate("23.976"))).toBe("1001/24000s");
    expect(rationalSeconds(720, rate("29.97"))).toBe("720720/30000s");
    expect(rationalSeconds(25, rate("25"))).toBe("25/25s");
    expect(rationalSeconds(0, rate("60"))).toBe("0s");
  });

  it.each([
    ["24", 30, 720],
    ["25", 30, 750],
    ["29.97", 30, 899], // 30 s × 30000/1001 = 899.1
    ["29.97", 60, 1798], // 1798.2
    ["29.97", 600, 17982], // exactly: ten minutes of drop-frame
    ["23.976", 30, 719], // 719.28
    ["23.976", 3600, 86314], // 86313.686…
    ["60", 1, 60],
  ] as const)("places %s fps, %i s at frame %i (real time, nearest frame)", (name, seconds, frame) => {
    expect(frameAt(seconds, rate(name))).toBe(frame);
    expect(Math.abs(secondsAtFrame(frame, rate(name)) - seconds)).toBeLessThan(0.5 / (rate(name).numerator / rate(name).denominator) + 1e-9);
  });
});

describe("timecode", () => {
  it.each([
    [0, "00:00:00;00"],
    [29, "00:00:00;29"],
    [1799, "00:00:59;29"],
    [1800, "00:01:00;02"], // ;00 and ;01 are dropped at each minute
    [1801, "00:01:00;03"],
    [3597, "00:01:59;29"],
    [3598, "00:02:00;02"],
    [17981, "00:09:59;29"],
    [17982, "00:10:00;00"], // not dropped at the tenth minute
    [17983, "00:10:00;01"],
    [19782, "00:11:00;02"],
    [107892, "01:00:00;00"],
  ])("29.97 drop-frame: frame %i is %s and back", (frames, timecode) => {
    expect(framesToTimecode(frames, rate("29.97"))).toBe(timecode);
    expect(timecodeToFrames(timecode, rate("29.97"))).toBe(frames);
  });

  it("refuses labels that drop-frame skips, and malformed timecode", () => {
    expect(timecodeToFrames("00:01:00;00", rate("29.97"))).toBeNull();
    expect(timecodeToFrames("00:01:00;01", rate("29.97"))).toBeNull();
    expect(timecodeToFrames("00:10:00;00", rate("29.97"))).toBe(17982);
    expect(timecodeToFrames("00:00:00:30", rate("29.97"))).toBeNull();
    expect(timecodeToFrames("00:00:60:00", rate("25"))).toBeNull();
    expect(timecodeToFrames("0:0:0", rate("25"))).toBeNull();
  });

  it.each([
    ["24", 24 * 3723 + 5, "01:02:03:05"],
    ["25", 25 * 61 + 24, "00:01:01:24"],
    ["23.976", 24 * 60, "00:01:00:00"],
    ["30", 1800, "00:01:00:00"],
  ] as const)("%s fps counts frames without dropping: %i is %s", (name, frames, timecode) => {
    expect(framesToTimecode(frames, rate(name))).toBe(timecode);
    expect(timecodeToFrames(timecode, rate(name))).toBe(frames);
  });

  it("round-trips every frame of the first twenty minutes at each rate", () => {
    for (const name of FRAME_RATE_NAMES) {
      for (let frame = 0; frame < 20 * 60 * 60; frame += 7) expect(timecodeToFrames(framesToTimecode(frame, rate(name)), rate(name))).toBe(frame);
    }
  });
});

describe("planTimeline", () => {
  const segment = (seconds: number, file: string | null) => ({ segmentId: `s${seconds}`, seconds, timestamp: `${seconds}`, text: `At ${seconds}`, file, width: null, height: null });

  it("makes each still last until the next one, the last one the chosen length, with no gap or overlap", () => {
    const plan = planTimeline({ title: "T", aspect: "9:16", rate: rate("29.97"), lastSeconds: 5, segments: [segment(2, "a.png"), segment(30, null), segment(61, "c.png")] });
    expect(plan.items.map((i) => [i.startFrame, i.durationFrames])).toEqual([
      [60, 899 - 60],
      [899, 1828 - 899],
      [1828, 1978 - 1828],
    ]);
    expect(plan.durationFrames).toBe(1978);
    expect([plan.width, plan.height]).toEqual([1080, 1920]);
  });

  it("changes the last length with the option", () => {
    const plan = (lastSeconds: number) => planTimeline({ title: "T", aspect: "16:9", rate: rate("25"), lastSeconds, segments: [segment(0, "a.png")] });
    expect(plan(1).items[0]!.durationFrames).toBe(25);
    expect(plan(600).items[0]!.durationFrames).toBe(15000);
  });
});
