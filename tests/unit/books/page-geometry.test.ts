import { describe, expect, it } from "vitest";
import { layoutBook, marginsFor, pageGeometry, type BookLayoutInput, type Box } from "@/lib/shared/books/layout";

const right = (box: Box) => box.x + box.width;
const bottom = (box: Box) => box.y + box.height;

describe("margins", () => {
  it("keeps half an inch all round for home printing, whatever the page count", () => {
    expect(marginsFor({ kind: "home" }, 24)).toEqual({ top: 0.5, bottom: 0.5, inside: 0.5, outside: 0.5 });
    expect(marginsFor({ kind: "home" }, 400)).toEqual({ top: 0.5, bottom: 0.5, inside: 0.5, outside: 0.5 });
  });

  it("uses KDP's gutter and outside margins for print-on-demand", () => {
    expect(marginsFor({ kind: "print-on-demand", bleed: false }, 150)).toEqual({ top: 0.25, bottom: 0.25, inside: 0.375, outside: 0.25 });
    expect(marginsFor({ kind: "print-on-demand", bleed: true }, 152)).toEqual({ top: 0.375, bottom: 0.375, inside: 0.5, outside: 0.375 });
  });
});

describe("pageGeometry", () => {
  const mode = { kind: "print-on-demand", bleed: true } as const;
  const margins = marginsFor(mode, 200);

  it("adds the bleed to the top, bottom and outside edge only", () => {
    const page = pageGeometry({ trim: "letter", mode, margins, side: "right", pageNumbers: false });
    expect(page.media).toEqual({ width: 612 + 9, height: 792 + 18 });
    // Right-hand page: the spine is on the left (no bleed there), the bleed on the right.
    expect(page.trim).toEqual({ x: 0, y: 9, width: 612, height: 792 });
    const left = pageGeometry({ trim: "letter", mode, margins, side: "left", pageNumbers: false });
    expect(left.trim).toEqual({ x: 9, y: 9, width: 612, height: 792 });
  });

  it("mirrors the margins: the gutter is on the binding side of each page", () => {
    const r = pageGeometry({ trim: "6x9", mode, margins, side: "right", pageNumbers: false });
    const l = pageGeometry({ trim: "6x9", mode, margins, side: "left", pageNumbers: false });
    // 0.5 in gutter, 0.375 in outside (with bleed), measured from the trim.
    expect(r.live.x - r.trim.x).toBeCloseTo(36, 9);
    expect(right(r.trim) - right(r.live)).toBeCloseTo(27, 9);
    expect(l.live.x - l.trim.x).toBeCloseTo(27, 9);
    expect(right(l.trim) - right(l.live)).toBeCloseTo(36, 9);
    expect(r.live.y - r.trim.y).toBeCloseTo(27, 9);
    expect(bottom(r.trim) - bottom(r.live)).toBeCloseTo(27, 9);
    expect(r.live.width).toBeCloseTo(l.live.width, 9);
  });

  it("puts the page number band inside the live area, below the coloring area", () => {
    const page = pageGeometry({ trim: "letter", mode: { kind: "home" }, margins: marginsFor({ kind: "home" }, 24), side: "right", pageNumbers: true });
    expect(page.numberBand).not.toBeNull();
    const band = page.numberBand!;
    expect(band.height).toBeCloseTo(21.6, 9);
    expect(bottom(band)).toBeCloseTo(bottom(page.live), 9);
    expect(bottom(page.art)).toBeCloseTo(band.y, 9);
    const without = pageGeometry({ trim: "letter", mode: { kind: "home" }, margins: marginsFor({ kind: "home" }, 24), side: "right", pageNumbers: false });
    expect(without.numberBand).toBeNull();
    expect(without.art).toEqual(without.live);
  });
});

function input(pages: number, overrides: Partial<BookLayoutInput> = {}): BookLayoutInput {
  return {
    trim: "letter",
    printOnDemand: { bleed: false, paper: "white" },
    blankBacks: false,
    pageNumbers: true,
    frontMatter: { titlePage: false, belongsTo: false, credits: false },
    pages: Array.from({ length: pages }, (_, i) => ({ id: `p${i}`, art: { width: 2250, height: 2866 } })),
    ...overrides,
  };
}

describe("layoutBook", () => {
  it("refuses fewer than 24 pages for print-on-demand, after padding to an even count", () => {
    expect(layoutBook(input(22)).problems).toEqual(["too_few_pages"]);
    const padded = layoutBook(input(23));
    expect(padded.pageCount).toBe(24);
    expect(padded.problems).toEqual([]);
    expect(padded.pages.at(-1)?.kind).toBe("blank");
  });

  it("has no minimum for home printing, but needs pages", () => {
    expect(layoutBook(input(2, { printOnDemand: null })).problems).toEqual([]);
    expect(layoutBook(input(0, { printOnDemand: null })).problems).toEqual(["no_pages"]);
  });

  it("widens the gutter of every page past 150 pages", () => {
    expect(layoutBook(input(150)).margins.inside).toBe(0.375);
    expect(layoutBook(input(152)).margins.inside).toBe(0.5);
  });

  it("fits each picture in its coloring area without stretching it", () => {
    const layout = layoutBook(input(24, { trim: "8.5x8.5" }));
    for (const page of layout.pages) {
      const picture = page.picture!;
      expect(picture.width / picture.height).toBeCloseTo(2250 / 2866, 6);
      expect(picture.x).toBeGreaterThanOrEqual(page.art.x - 1e-9);
      expect(right(picture)).toBeLessThanOrEqual(right(page.art) + 1e-9);
      expect(picture.y).toBeGreaterThanOrEqual(page.art.y - 1e-9);
      expect(bottom(picture)).toBeLessThanOrEqual(bottom(page.art) + 1e-9);
      // Touches two opposite sides: as large as it can be.
      expect(Math.min(Math.abs(picture.width - page.art.width), Math.abs(picture.height - page.art.height))).toBeLessThan(1e-9);
    }
  });

  it("numbers coloring pages with their physical page number, and nothing else", () => {
    const layout = layoutBook(input(2, { printOnDemand: null, frontMatter: { titlePage: true, belongsTo: true, credits: true }, blankBacks: true }));
    expect(layout.pages.map((p) => p.printedNumber)).toEqual([null, null, null, null, "5", null, "7", null]);
    const off = layoutBook(input(2, { printOnDemand: null, pageNumbers: false }));
    expect(off.pages.map((p) => p.printedNumber)).toEqual([null, null]);
  });
});
