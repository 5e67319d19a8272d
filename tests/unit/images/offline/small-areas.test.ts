import { describe, expect, it } from "vitest";
import { fillSmallAreas, removeSpecks } from "@/lib/images/offline/small-areas";

/** A white page with black rectangles: [x, y, w, h]. */
function page(width: number, height: number, ink: Array<[number, number, number, number]>): Uint8Array {
  const grey = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, w, h] of ink) for (let y = y0; y < y0 + h; y++) grey.fill(0, y * width + x0, y * width + x0 + w);
  return grey;
}

/** A square frame of 1-pixel lines around a `side`×`side` hole at (x, y). */
function frame(x: number, y: number, side: number): Array<[number, number, number, number]> {
  return [[x, y, side + 2, 1], [x, y + side + 1, side + 2, 1], [x, y, 1, side + 2], [x + side + 1, y, 1, side + 2]];
}

const paperAt = (grey: Uint8Array, width: number, x: number, y: number): boolean => grey[y * width + x] === 255;

describe("fillSmallAreas", () => {
  it("fills an enclosed area one pixel under the limit, and keeps one at the limit", () => {
    const grey = page(40, 20, [...frame(2, 2, 4), ...frame(20, 2, 5)]);
    // Holes of 16 and 25 pixels; limit 17: the first is a sliver, and 25 stays.
    expect(fillSmallAreas(grey, 40, 20, 17)).toBe(16);
    expect(paperAt(grey, 40, 4, 4)).toBe(false);
    expect(paperAt(grey, 40, 23, 4)).toBe(true);
    const same = page(40, 20, frame(2, 2, 4));
    expect(fillSmallAreas(same, 40, 20, 16)).toBe(0);
  });

  it("leaves areas that touch the picture's edge: they open onto the printed margin", () => {
    const grey = page(20, 20, [[0, 3, 5, 1], [5, 0, 1, 4]]);
    expect(fillSmallAreas(grey, 20, 20, 100)).toBe(0);
  });

  it("sees paper meeting at a corner as two areas (4-connected), as the print check does", () => {
    // Two 4×4 areas inside a frame, touching only at a corner: two slivers of 16, not one area of 32.
    const grey = page(10, 10, [...frame(0, 0, 8), [5, 1, 4, 4], [1, 5, 4, 4]]);
    expect(fillSmallAreas(grey, 10, 10, 20)).toBe(32);
  });

  it("keeps the biggest slivers up to the share of the areas left once the others are filled", () => {
    // Two areas of 100 pixels and slivers of 36, 25 and 16 under a limit of 50.
    const ink = [...frame(1, 1, 10), ...frame(14, 1, 10), ...frame(27, 1, 6), ...frame(36, 1, 5), ...frame(44, 1, 4)];
    const at = (keepShare: number): { filled: number; grey: Uint8Array } => {
      const grey = page(52, 14, ink);
      return { filled: fillSmallAreas(grey, 52, 14, 50, keepShare), grey };
    };
    // Half: the 36 and the 25 stay, 2 slivers of 4 areas.
    expect(at(0.5).filled).toBe(16);
    // Just under half: only the 36 stays (1 of 3); keeping the 25 too would make 2 of 4, over the share.
    const under = at(0.49);
    expect(under.filled).toBe(25 + 16);
    expect(paperAt(under.grey, 52, 30, 4)).toBe(true);
    expect(paperAt(under.grey, 52, 39, 4)).toBe(false);
    expect(at(0).filled).toBe(36 + 25 + 16);
  });

  it("never spares a pinhole, and does not count it as an area", () => {
    // One area of 100, a sliver of 25 and a pinhole of 4: the sliver may stay (1 of 2), the pinhole never.
    const grey = page(30, 14, [...frame(1, 1, 10), ...frame(14, 1, 5), ...frame(22, 1, 2)]);
    expect(fillSmallAreas(grey, 30, 14, 50, 0.5, 5)).toBe(4);
    expect(paperAt(grey, 30, 16, 3)).toBe(true);
  });
});

describe("removeSpecks", () => {
  it("removes ink pieces under the limit and keeps lines and pieces at it", () => {
    const grey = page(30, 10, [[2, 2, 2, 2], [10, 2, 3, 3], [20, 0, 1, 10]]);
    expect(removeSpecks(grey, 30, 10, 5)).toBe(4);
    expect(paperAt(grey, 30, 2, 2)).toBe(true);
    expect(paperAt(grey, 30, 11, 3)).toBe(false);
    expect(paperAt(grey, 30, 20, 5)).toBe(false);
  });

  it("counts ink touching at a corner as one piece (8-connected)", () => {
    const grey = page(10, 10, [[2, 2, 2, 2], [4, 4, 2, 2]]);
    expect(removeSpecks(grey, 10, 10, 8)).toBe(0);
    expect(removeSpecks(grey, 10, 10, 9)).toBe(8);
  });
});
