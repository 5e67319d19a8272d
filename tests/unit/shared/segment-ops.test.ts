import { describe, expect, it } from "vitest";
import {
  insertSegment,
  mergeSegments,
  moveSegment,
  removeSegment,
  splitSegment,
  updateSegment,
  validateSegments,
  type ScriptSegment,
} from "@/lib/shared/segment-ops";
import { formatTimestamp } from "@/lib/scripts/parse/timestamp";
import { appErrorOf } from "../../support/script-fixtures";

const seg = (seconds: number, text: string, id?: string, style?: string | null): ScriptSegment => ({
  ...(id ? { id } : {}),
  timestamp: formatTimestamp(seconds),
  seconds,
  text,
  ...(style !== undefined ? { style } : {}),
});

const LIST: readonly ScriptSegment[] = Object.freeze([
  seg(0, "Intro in the studio", "a"),
  seg(30, "Coffee plantation at dawn. Workers pick cherries.", "b", "documentary"),
  seg(31, "Close on the beans", "c"),
  seg(60, "Roasting factory with machines", "d"),
]);

describe("splitSegment", () => {
  it("keeps the first part's id and gives the second part no id and the same style", () => {
    const list = [seg(0, "Coffee plantation at dawn. Workers pick cherries.", "b", "documentary"), seg(20, "Next", "c")];
    const out = splitSegment(list, 0, "Coffee plantation at dawn.".length);
    expect(out).toEqual([
      seg(0, "Coffee plantation at dawn.", "b", "documentary"),
      seg(10, "Workers pick cherries.", undefined, "documentary"),
      list[1],
    ]);
  });

  it("uses the midpoint between the segment and the next", () => {
    const out = splitSegment(LIST, 0, "Intro".length);
    expect(out.map((s) => s.timestamp)).toEqual(["0:00", "0:15", "0:30", "0:31", "1:00"]);
    expect(out[1]).toEqual({ timestamp: "0:15", seconds: 15, text: "in the studio" });
    expect(() => validateSegments(out)).not.toThrow();
  });

  it("places the last segment's second part after the time it takes to say the first", () => {
    const out = splitSegment(LIST, 3, "Roasting factory".length);
    expect(out[4]).toEqual({ timestamp: "1:01", seconds: 61, text: "with machines" });
    const long = [seg(0, `${"word ".repeat(25)}| tail`)];
    expect(splitSegment(long, 0, long[0]!.text.indexOf("|"))[1]?.seconds).toBe(10);
  });

  it("does not change the list it is given", () => {
    splitSegment(LIST, 0, 5);
    expect(LIST[0]?.text).toBe("Intro in the studio");
  });

  it.each([
    ["no free second before the next segment", 1, 10, 2, "no free second between 0:30 and 0:31"],
    ["a split point at the start", 0, 0, 1, "words on both sides"],
    ["a split point at the end", 0, 19, 1, "words on both sides"],
    ["a split point in trailing spaces", 0, 100, 1, "words on both sides"],
    ["a fractional split point", 0, 2.5, 1, "words on both sides"],
  ])("refuses %s", (_, index, at, line, message) => {
    const error = appErrorOf(() => splitSegment(LIST, index, at));
    expect(error.code).toBe("invalid:script");
    expect(error.details).toEqual({ line });
    expect(error.message).toContain(message);
  });

  it("refuses a 301st segment", () => {
    const full = Array.from({ length: 300 }, (_, i) => seg(i * 10, "a b"));
    expect(appErrorOf(() => splitSegment(full, 0, 1)).message).toContain("at most 300 segments");
  });
});

describe("mergeSegments", () => {
  it("joins a segment with the next, keeping the first one's id, timestamp and style", () => {
    const out = mergeSegments(LIST, 1);
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual(seg(30, "Coffee plantation at dawn. Workers pick cherries. Close on the beans", "b", "documentary"));
    expect(out[2]).toBe(LIST[3]);
  });

  it.each([
    ["the last segment", LIST, 3, "no next segment"],
    ["a text over 1000 characters", [seg(0, "x".repeat(600)), seg(10, "y".repeat(400))], 0, "would have 1001 characters"],
  ])("refuses %s", (_, list, index, message) => {
    const error = appErrorOf(() => mergeSegments(list, index));
    expect(error.details).toEqual({ line: index + 1 });
    expect(error.message).toContain(message);
  });
});

describe("moveSegment", () => {
  it("moves the content and keeps the timeline: each position keeps its timestamp", () => {
    const out = moveSegment(LIST, 3, 0);
    expect(out.map((s) => s.id)).toEqual(["d", "a", "b", "c"]);
    expect(out.map((s) => s.timestamp)).toEqual(["0:00", "0:30", "0:31", "1:00"]);
    expect(out[0]).toEqual(seg(0, "Roasting factory with machines", "d"));
    expect(out[2]?.style).toBe("documentary");
    expect(() => validateSegments(out)).not.toThrow();
  });

  it.each([
    [0, 2, ["b", "c", "a", "d"]],
    [1, 3, ["a", "c", "d", "b"]],
    [2, 2, ["a", "b", "c", "d"]],
  ])("moves %i to %i", (from, to, ids) => {
    expect(moveSegment(LIST, from, to).map((s) => s.id)).toEqual(ids);
  });

  it.each([[-1, 0], [0, 4], [4, 0], [1.5, 0]])("refuses positions %d → %d", (from, to) => {
    expect(appErrorOf(() => moveSegment(LIST, from, to)).code).toBe("invalid:segment");
  });
});

describe("insertSegment", () => {
  it.each([
    ["between two segments, at the middle second", 1, undefined, 15],
    ["at the end, after the time it takes to say the last", 4, undefined, 62],
    ["at a chosen second", 3, 45, 45],
  ])("inserts %s", (_, index, seconds, expected) => {
    const out = insertSegment(LIST, index, { text: "  New   scene ", style: "cartoon", ...(seconds !== undefined ? { seconds } : {}) });
    expect(out).toHaveLength(5);
    expect(out[index]).toEqual({ timestamp: formatTimestamp(expected), seconds: expected, text: "New scene", style: "cartoon" });
    expect(() => validateSegments(out)).not.toThrow();
  });

  it("inserts at 0:00 before a later first segment, and into an empty list", () => {
    expect(insertSegment([seg(10, "a")], 0, { text: "b" })[0]?.seconds).toBe(0);
    expect(insertSegment([], 0, { text: "b" })).toEqual([{ timestamp: "0:00", seconds: 0, text: "b" }]);
  });

  it.each([
    ["before a segment at 0:00", 0, {}, 1, "must start at 0:00 or later and before 0:00"],
    ["between 0:30 and 0:31", 2, {}, 3, "after 0:30 and before 0:31"],
    ["at a taken second", 1, { seconds: 30 }, 2, "after 0:00 and before 0:30"],
    ["at a fractional second", 1, { seconds: 2.5 }, 2, "whole second"],
    ["with empty text", 1, { text: "  " }, 2, "the text is empty"],
    ["with too long a text", 1, { text: "x".repeat(1001) }, 2, "the limit is 1000"],
  ])("refuses inserting %s", (_, index, extra, line, message) => {
    const error = appErrorOf(() => insertSegment(LIST, index, { text: "New", ...extra }));
    expect(error.code).toBe("invalid:script");
    expect(error.details).toEqual({ line });
    expect(error.message).toContain(message);
  });

  it("refuses an index past the end", () => {
    expect(appErrorOf(() => insertSegment(LIST, 5, { text: "x" })).code).toBe("invalid:segment");
  });
});

describe("removeSegment and updateSegment", () => {
  it("removes a segment without touching the others", () => {
    const out = removeSegment(LIST, 1);
    expect(out.map((s) => s.id)).toEqual(["a", "c", "d"]);
    expect(out[1]).toBe(LIST[2]);
    expect(appErrorOf(() => removeSegment(LIST, 4)).code).toBe("invalid:segment");
  });

  it("updates text, style and timestamp", () => {
    const out = updateSegment(LIST, 3, { text: " New  text ", timestamp: "00:45", style: null });
    expect(out[3]).toEqual({ id: "d", timestamp: "0:45", seconds: 45, text: "New text", style: null });
    expect(out[0]).toBe(LIST[0]);
  });

  it.each([
    [{ timestamp: "0:30" }, "must come after 0:30 and before 1:00"],
    [{ timestamp: "1:00" }, "must come after 0:30 and before 1:00"],
    [{ timestamp: "0:99" }, "seconds go from 00 to 59"],
    [{ text: "" }, "the text is empty"],
  ])("refuses %j", (patch, message) => {
    const error = appErrorOf(() => updateSegment(LIST, 2, patch));
    expect(error.details).toEqual({ line: 3 });
    expect(error.message).toContain(message);
  });
});

describe("validateSegments", () => {
  it("accepts a valid list", () => {
    expect(() => validateSegments(LIST)).not.toThrow();
  });

  it.each([
    ["an empty list", [], 1, "no segments"],
    ["a bad timestamp", [seg(0, "a"), { timestamp: "0:75", seconds: 75, text: "b" }], 2, "Segment 2: 0:75 has 75 seconds"],
    ["a timestamp that does not match its seconds", [seg(0, "a"), { timestamp: "0:30", seconds: 31, text: "b" }], 2, "does not match 31 seconds"],
    ["timestamps out of order", [seg(0, "a"), seg(30, "b"), seg(20, "c")], 3, "Segment 3: 0:20 comes after 0:30"],
    ["equal timestamps", [seg(0, "a"), seg(0, "b")], 2, "repeats the previous timestamp"],
    ["empty text", [seg(0, "a"), seg(5, " ")], 2, "Segment 2: the segment at 0:05 has no text"],
    ["text over 1000 characters", [seg(0, "x".repeat(1001))], 1, "has 1001 characters"],
    ["301 segments", Array.from({ length: 301 }, (_, i) => seg(i, "t")), 301, "Segment 301: a script can have at most 300 segments"],
  ])("refuses %s", (_, list, line, message) => {
    const error = appErrorOf(() => validateSegments(list));
    expect(error.code).toBe("invalid:script");
    expect(error.details).toEqual({ line });
    expect(error.message).toContain(message);
  });
});
