import { describe, expect, it } from "vitest";
import {
  allowsSpineText,
  gutterInches,
  KDP_RULES,
  outsideMarginInches,
  pageCountProblem,
  spineWidthInches,
  trimInches,
  trimPoints,
  TRIM_IDS,
} from "@/lib/shared/books/layout";

describe("trim sizes", () => {
  it("has the five portrait trims, in points", () => {
    expect(TRIM_IDS).toEqual(["letter", "a4", "8x10", "8.5x8.5", "6x9"]);
    expect(trimPoints("letter")).toEqual({ width: 612, height: 792 });
    expect(trimPoints("8x10")).toEqual({ width: 576, height: 720 });
    expect(trimPoints("8.5x8.5")).toEqual({ width: 612, height: 612 });
    expect(trimPoints("6x9")).toEqual({ width: 432, height: 648 });
    const a4 = trimPoints("a4");
    expect(a4.width).toBeCloseTo(595.276, 3);
    expect(a4.height).toBeCloseTo(841.89, 2);
  });

  it("is portrait or square, never landscape", () => {
    for (const trim of TRIM_IDS) {
      const { width, height } = trimInches(trim);
      expect(height).toBeGreaterThanOrEqual(width);
    }
  });
});

describe("KDP rules", () => {
  it("bleeds 0.125 in", () => {
    expect(KDP_RULES.bleed).toBe(0.125);
  });

  it("grows the gutter with the page count, at each boundary", () => {
    const cases: Array<[number, number]> = [
      [24, 0.375],
      [150, 0.375],
      [151, 0.5],
      [300, 0.5],
      [301, 0.625],
      [500, 0.625],
      [501, 0.75],
      [700, 0.75],
      [701, 0.875],
      [828, 0.875],
    ];
    for (const [pages, inches] of cases) expect(gutterInches(pages), `${pages} pages`).toBe(inches);
  });

  it("keeps outside margins of 0.25 in without bleed and 0.375 in with it", () => {
    expect(outsideMarginInches(false)).toBe(0.25);
    expect(outsideMarginInches(true)).toBe(0.375);
  });

  it("needs 24 to 828 pages", () => {
    expect(pageCountProblem(23)).toBe("too_few_pages");
    expect(pageCountProblem(24)).toBeNull();
    expect(pageCountProblem(828)).toBeNull();
    expect(pageCountProblem(829)).toBe("too_many_pages");
  });

  it("makes the spine pages × 0.002252 in on white paper and × 0.0025 in on cream", () => {
    expect(spineWidthInches(24, "white")).toBeCloseTo(0.054048, 9);
    expect(spineWidthInches(24, "cream")).toBeCloseTo(0.06, 9);
    expect(spineWidthInches(400, "white")).toBeCloseTo(0.9008, 9);
    expect(spineWidthInches(400, "cream")).toBeCloseTo(1, 9);
  });

  it("allows spine text only above 79 pages", () => {
    expect(allowsSpineText(79)).toBe(false);
    expect(allowsSpineText(80)).toBe(true);
  });
});
