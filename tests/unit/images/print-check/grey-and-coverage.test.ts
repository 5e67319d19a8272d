import { describe, expect, it } from "vitest";
import { checkPage } from "@/lib/images/print-check";
import { blankPage, fillRect, strokeRect, toRgb } from "./synthetic-page";

/** A clean 6–9 page: one closed 1.1 mm outline, about 8 % ink. */
function cleanPage() {
  return strokeRect(blankPage(), 100, 100, 400, 400, 13);
}

describe("print check: grey and color", () => {
  it("passes a pure black-and-white page", () => {
    const check = checkPage(cleanPage(), { ageGroup: "6-9" });
    expect(check.items.grey).toMatchObject({ pass: true, share: 0, pixels: 0, reasons: [], locations: [] });
  });

  it("fails on a single grey pixel, and says where it is", () => {
    const page = fillRect(cleanPage(), 40, 50, 1, 1, 128);
    const { grey } = checkPage(page, { ageGroup: "6-9" }).items;
    expect(grey.pass).toBe(false);
    expect(grey.pixels).toBe(1);
    expect(grey.share).toBeCloseTo(1 / 360_000, 8);
    expect(grey.locations).toEqual([{ left: 40, top: 50, width: 1, height: 1 }]);
    expect(grey.reasons[0]).toMatchObject({ code: "grey_pixels", limit: 0, unit: "share" });
  });

  it("counts near-black and near-white as grey: only 0 and 255 are pure", () => {
    for (const value of [1, 254]) {
      const page = fillRect(cleanPage(), 40, 50, 1, 1, value);
      expect(checkPage(page, { ageGroup: "6-9" }).items.grey.pixels).toBe(1);
    }
  });

  it("fails a colored pixel on an RGB page, but not inside the reference inset", () => {
    const page = toRgb(cleanPage());
    page.data.set([255, 0, 0], (550 * 600 + 550) * 3);
    expect(checkPage(page, { ageGroup: "6-9" }).items.grey.pixels).toBe(1);
    const inset = { left: 540, top: 540, width: 20, height: 20 };
    const check = checkPage(page, { ageGroup: "6-9", referenceBox: inset });
    expect(check.items.grey.pass).toBe(true);
    // Just outside the inset is measured again.
    const beside = checkPage(page, { ageGroup: "6-9", referenceBox: { ...inset, left: 551 } });
    expect(beside.items.grey.pixels).toBe(1);
  });
});

describe("print check: ink coverage", () => {
  it("reports the share of ink and passes an ordinary page", () => {
    const { coverage } = checkPage(cleanPage(), { ageGroup: "6-9" }).items;
    const ink = 4 * 13 * (400 - 13);
    expect(coverage.share).toBeCloseTo(ink / 360_000, 5);
    expect(coverage.pass).toBe(true);
  });

  it("fails an all-but-empty page (under 1 %) and a mostly black one (over 30 % for 6–9)", () => {
    // 3600 pixels are 1 %: a 59 × 61 square is just under, 61 × 61 just over.
    const under = checkPage(fillRect(blankPage(), 100, 100, 59, 61), { ageGroup: "6-9" }).items.coverage;
    const over = checkPage(fillRect(blankPage(), 100, 100, 61, 61), { ageGroup: "6-9" }).items.coverage;
    expect(under.pass).toBe(false);
    expect(under.reasons[0]!.code).toBe("too_little_ink");
    expect(over.pass).toBe(true);
    const dense = (rows: number) => checkPage(fillRect(blankPage(), 0, 0, 600, rows), { ageGroup: "6-9" }).items.coverage;
    expect(dense(180).pass).toBe(true); // exactly 30 %
    expect(dense(181).pass).toBe(false);
    expect(dense(181).reasons[0]!.code).toBe("too_much_ink");
  });
});
