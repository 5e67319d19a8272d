import { describe, expect, it } from "vitest";
import { checkPage, repairAndCheckPage, repairPage, type PageRaster } from "@/lib/images/print-check";
import { blankPage, fillRect, strokeRect, toRgb } from "./synthetic-page";

const LINE = 13;
const AGE = { ageGroup: "6-9" } as const;

function framed(line = LINE) {
  return strokeRect(blankPage(), 100, 100, 400, 400, line);
}

function at(page: PageRaster, x: number, y: number): number {
  return page.data[(y * page.width + x) * page.channels]!;
}

/** Pixels that differ between two pages of the same size. */
function differing(a: PageRaster, b: PageRaster): number {
  let count = 0;
  for (let i = 0; i < a.data.length; i += a.channels) if (a.data[i] !== b.data[i]) count++;
  return count;
}

describe("repairPage", () => {
  it("returns a clean page as it is: same pixels, nothing repaired", () => {
    const page = framed();
    const before = Uint8Array.from(page.data);
    const { page: out, repairs } = repairPage(page, AGE);
    expect(out).toBe(page);
    expect(out.data).toEqual(before);
    expect(Object.values(repairs).every((n) => n === 0)).toBe(true);
  });

  it("leaves a page alone when only what it cannot repair fails (too many small areas)", () => {
    const page = framed();
    for (let i = 0; i < 3; i++) strokeRect(page, 150 + i * 60, 150, 40, 40, LINE);
    expect(checkPage(page, AGE).items.areas.pass).toBe(false);
    const { page: out, repairs } = repairPage(page, AGE);
    expect(out).toBe(page);
    expect(repairs.changedPixels).toBe(0);
  });

  it("removes a speck and changes nothing else", () => {
    const page = fillRect(framed(), 300, 300, 5, 5);
    const { page: out, repairs } = repairPage(page, AGE);
    expect(repairs).toMatchObject({ specksRemoved: 1, changedPixels: 25 });
    expect(at(out, 302, 302)).toBe(255);
    expect(differing(out, framed())).toBe(0);
  });

  it("fills a pinhole", () => {
    const page = fillRect(framed(), 104, 300, 3, 3, 255);
    const { page: out, repairs } = repairPage(page, AGE);
    expect(repairs).toMatchObject({ holesFilled: 1, changedPixels: 9 });
    expect(differing(out, framed())).toBe(0);
  });

  it("closes a 1.7 mm gap where a line stops short of another", () => {
    const page = fillRect(framed(), 294, 100 + LINE + 20, LINE, 200);
    expect(checkPage(page, AGE).items.leaks.count).toBe(1);
    const { page: out, repairs } = repairPage(page, AGE);
    expect(repairs.gapsClosed).toBe(1);
    for (let y = 100 + LINE; y < 100 + LINE + 20; y++) expect(at(out, 300, y)).toBe(0);
    expect(checkPage(out, AGE).items.leaks.count).toBe(0);
  });

  it("thickens thin lines to the age's minimum, keeping the outline closed", () => {
    const page = framed(8);
    const { page: out, repairs } = repairPage(page, AGE);
    expect(repairs.linesThickened).toBeGreaterThan(0);
    const { lines, areas } = checkPage(out, AGE).items;
    expect(lines.pass).toBe(true);
    expect(lines.p5Mm).toBeGreaterThanOrEqual(1);
    expect(areas.count).toBe(1);
    // The thin line grows on both sides of its centre.
    expect(at(out, 300, 100 - 1)).toBe(0);
    expect(at(out, 300, 108)).toBe(0);
  });

  it("opens a solid fill into an outline with paper inside", () => {
    const page = fillRect(framed(), 200, 200, 130, 130);
    const { page: out, repairs } = repairPage(page, AGE);
    expect(repairs.solidsOpened).toBe(1);
    expect(at(out, 265, 265)).toBe(255);
    expect(at(out, 201, 265)).toBe(0);
    const after = checkPage(out, AGE).items;
    expect(after.solids.pass).toBe(true);
    expect(after.areas.count).toBe(2);
    expect(after.lines.pass).toBe(true);
  });

  it("makes grey pixels black or white by their darkness", () => {
    // A dark pixel against the outline joins it; a light one on the paper goes.
    const page = fillRect(fillRect(framed(), 100 + LINE, 300, 1, 1, 90), 40, 30, 1, 1, 200);
    const { page: out, repairs } = repairPage(page, AGE);
    expect(repairs.greyPixels).toBe(2);
    expect(at(out, 100 + LINE, 300)).toBe(0);
    expect(at(out, 40, 30)).toBe(255);
    expect(checkPage(out, AGE).items.grey.pass).toBe(true);
  });

  it("never touches the colored reference inset", () => {
    const page = toRgb(fillRect(framed(), 300, 300, 5, 5));
    const inset = { left: 520, top: 520, width: 60, height: 60 };
    for (let y = 520; y < 580; y++) for (let x = 520; x < 580; x++) page.data.set([200, 40 + x - 520, 90], (y * 600 + x) * 3);
    const { page: out } = repairPage(page, { ...AGE, referenceBox: inset });
    for (let y = 520; y < 580; y++) for (let x = 520; x < 580; x++) expect([...out.data.subarray((y * 600 + x) * 3, (y * 600 + x) * 3 + 3)]).toEqual([200, 40 + x - 520, 90]);
    expect(out.data[(302 * 600 + 302) * 3]).toBe(255);
  });

  it("is deterministic and leaves its input untouched", () => {
    const page = fillRect(fillRect(framed(8), 200, 200, 130, 130), 300, 450, 4, 4);
    const copy = Uint8Array.from(page.data);
    const first = repairPage(page, AGE);
    const second = repairPage(page, AGE);
    expect(page.data).toEqual(copy);
    expect(second.page.data).toEqual(first.page.data);
    expect(second.repairs).toEqual(first.repairs);
  });
});

describe("repairAndCheckPage", () => {
  it("checks the repaired page", () => {
    const page = fillRect(fillRect(framed(8), 200, 200, 130, 130), 300, 450, 4, 4);
    const result = repairAndCheckPage(page, AGE);
    expect(checkPage(page, AGE).pass).toBe(false);
    expect(result.check).toEqual(checkPage(result.page, AGE));
    expect(result.check.pass).toBe(true);
  });

  it("repairs again what the first round brought about: a thickened line end near another line", () => {
    // A thin line stopping 25 px (2.1 mm) below the frame: no leak, until it is thickened.
    const page = fillRect(framed(), 297, 100 + LINE + 25, 7, 200);
    expect(checkPage(page, AGE).items.leaks.count).toBe(0);
    expect(checkPage(repairPage(page, AGE).page, AGE).items.leaks.count).toBe(1);
    const result = repairAndCheckPage(page, AGE);
    expect(result.repairs).toMatchObject({ linesThickened: 1, gapsClosed: 1 });
    expect(result.check.pass).toBe(true);
    expect(result.repairs.changedPixels).toBe(differing(result.page, page));
  });

  it("gives a clean page back with its own check", () => {
    const page = framed();
    const result = repairAndCheckPage(page, AGE);
    expect(result.page).toBe(page);
    expect(result.check).toEqual(checkPage(page, AGE));
  });
});
