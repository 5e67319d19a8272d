import { describe, expect, it } from "vitest";
import { bookCredits, usesBundledArt } from "@/lib/books/credits";
import { isPrintReadyPage } from "@/lib/shared/books/eligible";
import { createBookSchema, patchBookSchema, MAX_BOOK_PAGES } from "@/lib/shared/books/schema";
import { settingsWrite } from "@/lib/books/settings";

describe("which images can be pages", () => {
  it("takes print-ready pages, whose options name their paper, and nothing else", () => {
    expect(isPrintReadyPage({ paper: "letter", ageGroup: "3-5" })).toBe(true);
    expect(isPrintReadyPage({ paper: "a4" })).toBe(true);
    expect(isPrintReadyPage({ paper: "tabloid" })).toBe(false);
    expect(isPrintReadyPage({ style: "cinematic", aspect: "16:9" })).toBe(false);
    expect(isPrintReadyPage(null)).toBe(false);
  });
});

describe("credits", () => {
  it("names the bundled artwork's licences when an offline theme page or an edit is in the book, and always the typeface", () => {
    expect(usesBundledArt({ engine: "offline", kind: "coloring" })).toBe(true);
    expect(usesBundledArt({ engine: "offline", kind: "photo" })).toBe(false);
    expect(usesBundledArt({ engine: "openai", kind: "coloring" })).toBe(false);
    expect(usesBundledArt({ engine: "openai", kind: "edit" })).toBe(true);
    const offline = bookCredits({ images: [{ engine: "offline", kind: "coloring" }], composedCover: false }).map((c) => c.license);
    expect(offline).toContain("CC-BY-4.0");
    expect(offline).toContain("OFL-1.1");
    const openai = bookCredits({ images: [{ engine: "openai", kind: "coloring" }, { engine: "offline", kind: "photo" }], composedCover: false });
    expect(openai.map((c) => c.license)).toEqual(["OFL-1.1"]);
    expect(bookCredits({ images: [{ engine: "openai", kind: "coloring" }], composedCover: true }).map((c) => c.license)).toContain("CC-BY-4.0");
  });
});

describe("book input", () => {
  it("trims text, clears empty optional text, and refuses unknown fields", () => {
    const parsed = createBookSchema.parse({ title: "  Sea  ", subtitle: " ", trim: "6x9" });
    expect(parsed).toMatchObject({ title: "Sea", subtitle: null });
    expect(createBookSchema.safeParse({ title: "Sea", trim: "6x9", color: true }).success).toBe(false);
    expect(createBookSchema.safeParse({ title: "Sea", trim: "5x8" }).success).toBe(false);
    expect(createBookSchema.safeParse({ title: "Sea", trim: "6x9", printOnDemand: { bleed: true } }).success).toBe(false);
  });

  it("takes up to 400 pages in one ordered list", () => {
    const list = (n: number) => Array.from({ length: n }, () => ({ imageId: "i" }));
    expect(patchBookSchema.safeParse({ pages: list(MAX_BOOK_PAGES) }).success).toBe(true);
    expect(patchBookSchema.safeParse({ pages: list(MAX_BOOK_PAGES + 1) }).success).toBe(false);
  });

  it("maps print-on-demand and the front matter onto their columns, leaving the rest alone", () => {
    expect(settingsWrite({ printOnDemand: { bleed: true, paper: "cream" } })).toEqual({ printOnDemand: true, bleed: true, paper: "cream" });
    expect(settingsWrite({ printOnDemand: null })).toEqual({ printOnDemand: false });
    expect(settingsWrite({ frontMatter: { credits: false } })).toEqual({ creditsPage: false });
    expect(settingsWrite({})).toEqual({});
  });
});
