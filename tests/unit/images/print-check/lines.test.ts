import { describe, expect, it } from "vitest";
import { checkPage } from "@/lib/images/print-check";
import { blankPage, fillRect, strokeCircle, strokeRect } from "./synthetic-page";

/** A closed square outline `line` pixels wide: no ends, one area. */
function square(line: number) {
  return strokeRect(blankPage(), 100, 100, 400, 400, line);
}

describe("print check: line width", () => {
  it("measures a 1 mm line (about 12 px at 300 DPI) to half a pixel (0.04 mm)", () => {
    // Odd widths read half a pixel wide, even ones half a pixel thin.
    for (const [line, mm] of [[11, 0.97], [12, 0.97], [13, 1.14], [18, 1.48], [19, 1.65]] as const) {
      const { lines } = checkPage(square(line), { ageGroup: "6-9" }).items;
      expect(lines.medianMm).toBe(mm);
      expect(lines.p5Mm).toBe(mm);
    }
  });

  it("passes 6–9 at 1.1 mm and fails it at 0.93 mm (minimum 1.0 mm)", () => {
    expect(checkPage(square(13), { ageGroup: "6-9" }).items.lines.pass).toBe(true);
    const thin = checkPage(square(11), { ageGroup: "6-9" }).items.lines;
    expect(thin.pass).toBe(false);
    expect(thin.reasons).toEqual([expect.objectContaining({ code: "lines_too_thin", value: 0.97, limit: 1, unit: "mm" })]);
    expect(thin.locations.length).toBeGreaterThan(0);
  });

  it("holds each age group to its own minimum", () => {
    // 0.7 mm is 8.3 px; 0.35 mm is 4.1 px; 1.5 mm is 17.7 px.
    expect(checkPage(square(9), { ageGroup: "10-12" }).items.lines.pass).toBe(true);
    expect(checkPage(square(7), { ageGroup: "10-12" }).items.lines.pass).toBe(false);
    expect(checkPage(square(5), { ageGroup: "adult" }).items.lines.pass).toBe(true);
    expect(checkPage(square(3), { ageGroup: "adult" }).items.lines.pass).toBe(false);
    expect(checkPage(square(19), { ageGroup: "3-5" }).items.lines.pass).toBe(true);
    expect(checkPage(square(17), { ageGroup: "3-5" }).items.lines.pass).toBe(false);
  });

  it("measures curves at every angle to within a pixel", () => {
    for (const line of [8, 13, 20]) {
      const { lines } = checkPage(strokeCircle(blankPage(), 300, 300, 250, line), { ageGroup: "adult" }).items;
      expect(Math.abs(lines.medianMm! * 11.811 - line)).toBeLessThanOrEqual(0.75);
      expect(Math.abs(lines.p5Mm! * 11.811 - line)).toBeLessThanOrEqual(1);
    }
  });

  it("uses the 5th percentile: a short thin stretch among thick lines still passes, a longer one fails", () => {
    // 1600 px of 13-px outline; a thin (6 px) bar inside, joined to the outline at both ends.
    const withBar = (length: number) => fillRect(square(13), 300, 113, 6, length);
    const short = checkPage(withBar(60), { ageGroup: "6-9" }).items.lines;
    const long = checkPage(withBar(300), { ageGroup: "6-9" }).items.lines;
    expect(short.pass).toBe(true);
    expect(long.pass).toBe(false);
    expect(long.p5Mm).toBeLessThan(0.6);
    // The thin stretch is located: its box spans the bar.
    expect(long.locations[0]).toMatchObject({ left: expect.closeTo(302, -1), top: expect.any(Number) });
    expect(long.locations[0]!.height).toBeGreaterThan(250);
  });

  it("leaves solid fills out of the line widths", () => {
    const page = fillRect(square(13), 200, 200, 150, 150);
    expect(checkPage(page, { ageGroup: "6-9" }).items.lines.medianMm).toBe(1.14);
  });

  it("reports no width on a page without lines", () => {
    const { lines } = checkPage(blankPage(), { ageGroup: "6-9" }).items;
    expect(lines).toMatchObject({ pass: true, medianMm: null, p5Mm: null });
  });
});
