import { describe, expect, it } from "vitest";
import { animaticFrameSize, buildAnimatic, containRect, DEFAULT_LAST_SECONDS, formatClock, sceneAt, startOf, type AnimaticInput } from "@/lib/shared/scripts/animatic";

const frames = (...seconds: number[]): AnimaticInput[] => seconds.map((s, i) => ({ seconds: s, text: `scene ${i + 1}`, imageUrl: i === 1 ? null : `/f/${i}` }));

describe("buildAnimatic", () => {
  it("shows each frame from its timestamp until the next, the last for the fixed length", () => {
    const animatic = buildAnimatic(frames(0, 30, 65), 7);
    expect(animatic.scenes.map((s) => [s.start, s.duration])).toEqual([[0, 30], [30, 35], [65, 7]]);
    expect(animatic.start).toBe(0);
    expect(animatic.end).toBe(72);
    expect(animatic.scenes[1]).toMatchObject({ index: 1, text: "scene 2", imageUrl: null });
  });

  it("uses the default last length, and the first timestamp as the start", () => {
    const animatic = buildAnimatic(frames(10, 12));
    expect(animatic.start).toBe(10);
    expect(animatic.end).toBe(12 + DEFAULT_LAST_SECONDS);
  });

  it("gives a frame whose next timestamp is not later no time, never a negative one", () => {
    const animatic = buildAnimatic(frames(0, 20, 20, 10), 5);
    expect(animatic.scenes.map((s) => s.duration)).toEqual([20, 0, 0, 5]);
  });

  it("refuses a last frame of no length", () => {
    expect(() => buildAnimatic(frames(0), 0)).toThrow(RangeError);
    expect(buildAnimatic(frames(0), 0.5).end).toBe(0.5);
  });

  it("is empty without segments", () => {
    expect(buildAnimatic([])).toEqual({ scenes: [], start: 0, end: 0 });
  });
});

describe("sceneAt", () => {
  const animatic = buildAnimatic(frames(2, 30, 65), 7);
  const at = (time: number) => sceneAt(animatic, time)?.index ?? null;

  it("changes frame exactly at each timestamp", () => {
    expect(at(29.999)).toBe(0);
    expect(at(30)).toBe(1);
    expect(at(64.999)).toBe(1);
    expect(at(65)).toBe(2);
  });

  it("shows the first frame before its timestamp and nothing from the end on", () => {
    expect(at(0)).toBe(0);
    expect(at(71.999)).toBe(2);
    expect(at(72)).toBeNull();
  });

  it("skips frames that have no time", () => {
    const squeezed = buildAnimatic(frames(0, 10, 10, 20), 5);
    expect(sceneAt(squeezed, 10)?.index).toBe(2);
    expect(sceneAt(squeezed, 9)?.index).toBe(0);
  });

  it("finds nothing in an empty animatic", () => {
    expect(sceneAt(buildAnimatic([]), 0)).toBeNull();
  });

  it("starts a chosen frame at its timestamp", () => {
    expect(startOf(animatic, 2)).toBe(65);
    expect(startOf(animatic, 9)).toBe(2);
  });
});

describe("formatClock", () => {
  it("reads as minutes and seconds, with hours past the hour", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(65.9)).toBe("1:05");
    expect(formatClock(3599)).toBe("59:59");
    expect(formatClock(3600)).toBe("1:00:00");
    expect(formatClock(-3)).toBe("0:00");
  });
});

describe("the recording's frame", () => {
  it("is 1280×720 for 16:9 and keeps the script's frame otherwise", () => {
    expect(animaticFrameSize("16:9")).toEqual({ width: 1280, height: 720 });
    expect(animaticFrameSize("9:16")).toEqual({ width: 720, height: 1280 });
    expect(animaticFrameSize("1:1")).toEqual({ width: 720, height: 720 });
  });

  it("letterboxes an image of another shape whole and centred", () => {
    expect(containRect({ width: 1024, height: 1024 }, { width: 1280, height: 720 })).toEqual({ x: 280, y: 0, width: 720, height: 720 });
    expect(containRect({ width: 1920, height: 1080 }, { width: 720, height: 1280 })).toEqual({ x: 0, y: 437.5, width: 720, height: 405 });
    expect(containRect({ width: 0, height: 10 }, { width: 1280, height: 720 }).width).toBe(0);
  });
});
