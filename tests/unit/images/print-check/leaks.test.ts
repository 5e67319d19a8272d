import { describe, expect, it } from "vitest";
import { checkPage } from "@/lib/images/print-check";
import { blankPage, fillRect, strokeRect } from "./synthetic-page";

const LINE = 13; // 1.1 mm: clean for 6–9

/** A horizontal line, and a vertical one stopping `gap` pixels below it (a T that does not touch). */
function tee(gap: number) {
  const page = blankPage();
  fillRect(page, 100, 100, 400, LINE);
  return fillRect(page, 294, 100 + LINE + gap, LINE, 300);
}

describe("print check: open outlines", () => {
  it("finds a line that stops 2 mm short of another and measures the gap", () => {
    // 2 mm is 23.6 px: 23 px (1.95 mm) is a leak for 6–9, 24 px (2.03 mm) is an opening drawn on purpose.
    const leak = checkPage(tee(23), { ageGroup: "6-9" }).items.leaks;
    expect(leak).toMatchObject({ pass: false, count: 1, narrowestMm: 1.95 });
    expect(leak.reasons[0]).toMatchObject({ code: "open_outlines", value: 1, limit: 0 });
    const box = leak.locations[0]!;
    expect(box.left).toBeLessThanOrEqual(294);
    expect(box.left + box.width).toBeGreaterThanOrEqual(294 + LINE);
    expect(box.top).toBeLessThanOrEqual(100 + LINE);
    expect(box.top + box.height).toBeGreaterThanOrEqual(100 + LINE + 23);
    expect(checkPage(tee(24), { ageGroup: "6-9" }).items.leaks).toMatchObject({ pass: true, count: 0, narrowestMm: null });
  });

  it("gives each age group its own reach (3 mm for 3–5, 1 mm for adults)", () => {
    expect(checkPage(tee(30), { ageGroup: "3-5" }).items.leaks.count).toBe(1); // 2.5 mm
    expect(checkPage(tee(36), { ageGroup: "3-5" }).items.leaks.count).toBe(0); // 3.05 mm
    expect(checkPage(tee(11), { ageGroup: "adult" }).items.leaks.count).toBe(1); // 0.93 mm
    expect(checkPage(tee(13), { ageGroup: "adult" }).items.leaks.count).toBe(0); // 1.1 mm
  });

  it("counts two line ends facing each other across one gap once", () => {
    const page = blankPage();
    fillRect(page, 50, 294, 200, LINE);
    fillRect(page, 250 + 15, 294, 200, LINE);
    expect(checkPage(page, { ageGroup: "6-9" }).items.leaks.count).toBe(1);
  });

  it("passes closed outlines, free line ends and lines running beside each other", () => {
    expect(checkPage(strokeRect(blankPage(), 100, 100, 400, 400, LINE), { ageGroup: "6-9" }).items.leaks.count).toBe(0);
    const free = fillRect(blankPage(), 100, 300, 300, LINE);
    expect(checkPage(free, { ageGroup: "6-9" }).items.leaks.count).toBe(0);
    // Hatching: parallel strokes 15 px apart end side by side, nothing ahead of them.
    const hatching = blankPage();
    for (let i = 0; i < 8; i++) fillRect(hatching, 100 + i * 28, 150, LINE, 300);
    expect(checkPage(hatching, { ageGroup: "6-9" }).items.leaks.count).toBe(0);
  });

  it("finds the opening of a small C whose ends nearly meet", () => {
    // An adult's 3 mm C, 0.5 mm line, 0.7 mm open: its ends are joined by a path around the C
    // far longer than the gap across it, within the few millimetres searched around each end.
    const c = (open: boolean) => {
      const page = strokeRect(blankPage(), 100, 100, 400, 400, 7);
      for (let y = 280; y <= 320; y++) {
        for (let x = 280; x <= 320; x++) {
          const d = Math.hypot(x - 300, y - 300);
          if (d <= 18 && d > 12 && !(open && x > 300 && Math.abs(y - 300) < 4)) fillRect(page, x, y, 1, 1);
        }
      }
      return checkPage(page, { ageGroup: "adult" }).items.leaks.count;
    };
    expect(c(true)).toBe(1);
    expect(c(false)).toBe(0);
  });

  it("finds a line end curling back close to its own line", () => {
    // A spiral-like hook: down, right, up, stopping short of the top bar it started from.
    const page = blankPage();
    fillRect(page, 100, 100, 300, LINE);
    fillRect(page, 100, 100, LINE, 300);
    fillRect(page, 100, 400 - LINE, 300, LINE);
    fillRect(page, 400 - LINE, 100 + LINE + 15, LINE, 300 - 2 * LINE - 15);
    expect(checkPage(page, { ageGroup: "6-9" }).items.leaks.count).toBe(1);
  });
});
