import { describe, expect, it } from "vitest";
import { firstLine, frameStatus } from "@/lib/shared/scripts/frame-status";
import { emptySelection, fitSelection, removalOrder, selectAt, target } from "@/lib/shared/scripts/selection";

const job = (status: string, progress: number, message?: string) => ({ status, progress, error: message ? { code: "provider:x", message } : null });

describe("frameStatus", () => {
  const base = { imageOptions: { text: "Sunrise" }, hasImage: true, text: "Sunrise", running: [], failure: null };

  it("is done when the image was drawn from the segment's text", () => {
    expect(frameStatus(base)).toEqual({ kind: "done" });
    expect(frameStatus({ ...base, text: "  Sunrise\n" })).toEqual({ kind: "done" });
  });

  it("needs a redraw once the text changed", () => {
    expect(frameStatus({ ...base, text: "Sunset" })).toEqual({ kind: "stale" });
  });

  it("trusts an image that recorded no text", () => {
    expect(frameStatus({ ...base, imageOptions: null, text: "Sunset" })).toEqual({ kind: "done" });
  });

  it("has no image", () => {
    expect(frameStatus({ ...base, hasImage: false, imageOptions: undefined })).toEqual({ kind: "none" });
  });

  it("shows a failure with its reason, and the slowest running job's progress first", () => {
    expect(frameStatus({ ...base, failure: job("failed", 40, "Blocked by moderation") })).toEqual({ kind: "failed", reason: "Blocked by moderation" });
    expect(frameStatus({ ...base, failure: job("failed", 0), running: [job("running", 70), job("queued", 0)] })).toEqual({ kind: "queued", progress: 0, status: "running" });
  });
});

describe("firstLine", () => {
  it("keeps only the first line", () => {
    expect(firstLine(" A road\nat night")).toBe("A road");
    expect(firstLine("")).toBe("");
  });
});

describe("selection", () => {
  it("moves by one across and by a row up and down, stopping at the edges", () => {
    expect(target(0, "left", 10, 4)).toBe(0);
    expect(target(9, "right", 10, 4)).toBe(9);
    expect(target(5, "up", 10, 4)).toBe(1);
    expect(target(4, "up", 10, 4)).toBe(0);
    expect(target(5, "down", 9, 4)).toBe(5);
    expect(target(3, "up", 10, 4)).toBe(3);
    expect(target(5, "down", 10, 4)).toBe(9);
    expect(target(6, "down", 10, 4)).toBe(6);
    expect(target(4, "end", 10, 4)).toBe(9);
    expect(target(4, "home", 10, 4)).toBe(0);
  });

  it("selects a range from the anchor with Shift, and toggles with Ctrl", () => {
    const start = selectAt(emptySelection(10), 2, "replace");
    const ranged = selectAt(start, 5, "extend");
    expect([...ranged.selected].sort()).toEqual([2, 3, 4, 5]);
    const back = selectAt(ranged, 0, "extend");
    expect([...back.selected].sort()).toEqual([0, 1, 2]);
    const toggled = selectAt(back, 7, "toggle");
    expect([...toggled.selected].sort()).toEqual([0, 1, 2, 7]);
    expect([...selectAt(toggled, 1, "toggle").selected].sort()).toEqual([0, 2, 7]);
  });

  it("removes from the highest position and stays inside a shorter list", () => {
    const picked = selectAt(selectAt(emptySelection(10), 3, "replace"), 8, "toggle");
    expect(removalOrder(picked)).toEqual([8, 3]);
    const fitted = fitSelection(picked, 4);
    expect(fitted.active).toBe(3);
    expect([...fitted.selected]).toEqual([3]);
    expect(fitSelection(picked, 0).active).toBe(-1);
  });
});
