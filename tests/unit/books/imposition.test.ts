import { describe, expect, it } from "vitest";
import { imposePages, sideOf, type FrontMatter } from "@/lib/shared/books/layout";

const NONE: FrontMatter = { titlePage: false, belongsTo: false, credits: false };
const ALL: FrontMatter = { titlePage: true, belongsTo: true, credits: true };
const ids = (count: number) => Array.from({ length: count }, (_, i) => `p${i + 1}`);
const kinds = (slots: Array<{ kind: string; pageId: string | null }>) => slots.map((s) => (s.kind === "coloring" ? s.pageId : s.kind));

describe("imposePages", () => {
  it("puts page 1 on the right and alternates", () => {
    expect([1, 2, 3, 4].map(sideOf)).toEqual(["right", "left", "right", "left"]);
  });

  it("pads an odd count with one blank page at the end, and leaves an even count alone", () => {
    expect(kinds(imposePages({ pageIds: ids(3), frontMatter: NONE, blankBacks: false }))).toEqual(["p1", "p2", "p3", "blank"]);
    expect(kinds(imposePages({ pageIds: ids(4), frontMatter: NONE, blankBacks: false }))).toEqual(["p1", "p2", "p3", "p4"]);
  });

  it("orders the front matter: title page, its back for the credits, then “belongs to”", () => {
    expect(kinds(imposePages({ pageIds: ids(1), frontMatter: ALL, blankBacks: false }))).toEqual(["title", "credits", "belongs", "p1"]);
    expect(kinds(imposePages({ pageIds: ids(2), frontMatter: { ...NONE, belongsTo: true }, blankBacks: false }))).toEqual(["belongs", "p1", "p2", "blank"]);
  });

  it("with blank backs, puts every coloring page on a right-hand page followed by a blank back", () => {
    const slots = imposePages({ pageIds: ids(3), frontMatter: ALL, blankBacks: true });
    expect(kinds(slots)).toEqual(["title", "credits", "belongs", "blank", "p1", "blank", "p2", "blank", "p3", "blank"]);
    slots.forEach((slot, index) => {
      if (slot.kind === "coloring") {
        expect(sideOf(index + 1)).toBe("right");
        expect(slots[index + 1]?.kind).toBe("blank");
      }
    });
  });

  it("with blank backs and no front matter, needs no blank before the first page", () => {
    expect(kinds(imposePages({ pageIds: ids(2), frontMatter: NONE, blankBacks: true }))).toEqual(["p1", "blank", "p2", "blank"]);
  });

  it("always gives an even count", () => {
    for (let count = 0; count < 12; count++) {
      for (const frontMatter of [NONE, ALL, { ...NONE, titlePage: true }]) {
        for (const blankBacks of [false, true]) {
          expect(imposePages({ pageIds: ids(count), frontMatter, blankBacks }).length % 2).toBe(0);
        }
      }
    }
  });
});
