import { describe, expect, it } from "vitest";
import { checkPage } from "@/lib/images/print-check";
import { blankPage, strokeRect } from "./synthetic-page";

const LINE = 19; // 1.6 mm: clean lines for every age group

/** A page with one large framed area and, inside it, `cells` framed squares of `side` × `side` paper pixels. */
function pageWithCells(side: number, cells = 1) {
  const page = strokeRect(blankPage(900, 900), 40, 40, 820, 820, LINE);
  for (let i = 0; i < cells; i++) {
    const x = 100 + (i % 4) * 190, y = 100 + Math.floor(i / 4) * 190;
    strokeRect(page, x, y, side + 2 * LINE, side + 2 * LINE, LINE);
  }
  return page;
}

describe("print check: areas to color", () => {
  it("counts the enclosed areas and measures the smallest in mm²", () => {
    // 53 × 53 px = 2809 px² = 20.14 mm² at 300 DPI.
    const { areas } = checkPage(pageWithCells(53), { ageGroup: "3-5" }).items;
    expect(areas.count).toBe(2);
    expect(areas.smallestMm2).toBe(20.14);
    expect(areas.slivers).toBe(0);
    expect(areas.pass).toBe(true);
  });

  it("does not count the paper around the drawing as an area", () => {
    const { areas } = checkPage(strokeRect(blankPage(), 100, 100, 300, 300, LINE), { ageGroup: "3-5" }).items;
    expect(areas.count).toBe(1);
  });

  it("counts an area just under the 20 mm² floor of 3–5 as a sliver", () => {
    // 52 × 52 px = 19.38 mm².
    const { areas } = checkPage(pageWithCells(52), { ageGroup: "3-5" }).items;
    expect(areas.slivers).toBe(1);
    expect(areas.smallestMm2).toBe(19.38);
  });

  it("holds each age group to its own floor", () => {
    // 8 mm² (6–9) is 1116 px²: 34² = 1156 is over, 33² = 1089 under; 4 mm² (10–12) is 558: 24² / 23²; 1.5 mm² (adult) is 209: 15² / 14².
    for (const [age, over, under] of [["6-9", 34, 33], ["10-12", 24, 23], ["adult", 15, 14]] as const) {
      expect(checkPage(pageWithCells(over), { ageGroup: age }).items.areas.slivers).toBe(0);
      expect(checkPage(pageWithCells(under), { ageGroup: age }).items.areas.slivers).toBe(1);
    }
  });

  it("lets slivers be up to half of the areas: details pass, a page made of them fails, and says where they are", () => {
    // Two slivers (52 × 52 px) beside the frame and `large` cells of 80 × 80 px.
    const page = (large: number) => {
      const out = pageWithCells(80, large);
      strokeRect(out, 100 + 3 * 190, 100 + 2 * 190, 52 + 2 * LINE, 52 + 2 * LINE, LINE);
      strokeRect(out, 100 + 2 * 190, 100 + 2 * 190, 52 + 2 * LINE, 52 + 2 * LINE, LINE);
      return checkPage(out, { ageGroup: "3-5" }).items.areas;
    };
    expect(page(1)).toMatchObject({ count: 4, slivers: 2, pass: true, reasons: [], locations: [] });
    const failing = page(0);
    expect(failing).toMatchObject({ count: 3, slivers: 2, pass: false });
    expect(failing.reasons).toEqual([expect.objectContaining({ code: "areas_too_small", value: 0.6667, limit: 0.5, unit: "share" })]);
    expect(failing.locations).toEqual([
      { left: 100 + 2 * 190 + LINE, top: 100 + 2 * 190 + LINE, width: 52, height: 52 },
      { left: 100 + 3 * 190 + LINE, top: 100 + 2 * 190 + LINE, width: 52, height: 52 },
    ]);
  });
});
