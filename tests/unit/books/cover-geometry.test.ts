import { describe, expect, it } from "vitest";
import { coverGeometry, type Box } from "@/lib/shared/books/layout";

const right = (box: Box) => box.x + box.width;

describe("coverGeometry", () => {
  it("is back + spine + front with 0.125 in of bleed all round", () => {
    const cover = coverGeometry({ trim: "6x9", pageCount: 200, paper: "white" });
    const spine = 200 * 0.002252 * 72;
    expect(cover.media.width).toBeCloseTo(2 * 432 + spine + 18, 9);
    expect(cover.media.height).toBeCloseTo(648 + 18, 9);
    expect(cover.back).toEqual({ x: 9, y: 9, width: 432, height: 648 });
    expect(cover.spine.x).toBeCloseTo(441, 9);
    expect(cover.spine.width).toBeCloseTo(spine, 9);
    expect(cover.front.x).toBeCloseTo(441 + spine, 9);
    expect(right(cover.front) + 9).toBeCloseTo(cover.media.width, 9);
    // The front picture runs into the bleed on the top, outside and bottom.
    expect(cover.frontArt.y).toBe(0);
    expect(right(cover.frontArt)).toBeCloseTo(cover.media.width, 9);
  });

  it("takes cream paper's thicker pages into account", () => {
    const white = coverGeometry({ trim: "letter", pageCount: 120, paper: "white" });
    const cream = coverGeometry({ trim: "letter", pageCount: 120, paper: "cream" });
    expect(cream.media.width - white.media.width).toBeCloseTo(120 * (0.0025 - 0.002252) * 72, 9);
  });

  it("puts text on the spine only above 79 pages, clear of its edges", () => {
    expect(coverGeometry({ trim: "letter", pageCount: 79, paper: "cream" }).spineText).toBeNull();
    const cover = coverGeometry({ trim: "letter", pageCount: 80, paper: "cream" });
    expect(cover.spineText).not.toBeNull();
    expect(cover.spineText!.x - cover.spine.x).toBeCloseTo(4.5, 9);
    expect(right(cover.spine) - right(cover.spineText!)).toBeCloseTo(4.5, 9);
  });

  it("keeps the barcode area in the bottom right of the back cover, 0.25 in from the trim", () => {
    const cover = coverGeometry({ trim: "letter", pageCount: 24, paper: "white" });
    expect(cover.barcode.width).toBeCloseTo(144, 9);
    expect(cover.barcode.height).toBeCloseTo(86.4, 9);
    expect(right(cover.back) - right(cover.barcode)).toBeCloseTo(18, 9);
    expect(cover.back.y + cover.back.height - (cover.barcode.y + cover.barcode.height)).toBeCloseTo(18, 9);
  });
});
