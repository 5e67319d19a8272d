import { describe, expect, it } from "vitest";
import { describePrintCheck, listFailingItems } from "@/components/library/print-check-lines";
import { createTranslator } from "@/lib/i18n";
import { checkPage } from "@/lib/images/print-check";
import { blankPage, fillRect, strokeRect } from "../images/print-check/synthetic-page";

const en = createTranslator("en");
const fr = createTranslator("fr");

/** Fails for 6–9 on grey, lines, specks and solids (as in the print check's own tests). */
function flawedCheck() {
  const page = strokeRect(blankPage(), 100, 100, 400, 400, 8);
  fillRect(page, 200, 200, 130, 130);
  fillRect(page, 450, 150, 4, 4);
  return checkPage(fillRect(page, 30, 30, 1, 1, 90), { ageGroup: "6-9" });
}

describe("the print check in words", () => {
  it("states each passing measure, in English and French", () => {
    const check = checkPage(strokeRect(blankPage(), 100, 100, 400, 400, 13), { ageGroup: "6-9" });
    const lines = describePrintCheck(check, en, "en");
    expect(lines.map((l) => l.id)).toEqual(["grey", "coverage", "lines", "areas", "leaks", "specks", "solids"]);
    expect(lines.every((l) => l.pass && l.locations.length === 0)).toBe(true);
    const text = Object.fromEntries(lines.map((l) => [l.id, l.text]));
    expect(text.lines).toBe("Lines 1.1\u00a0mm thick (thinnest 1.1\u00a0mm): bold enough for this age.");
    expect(text.areas).toMatch(/^1 area to color, the smallest \d[\d,]*\u00a0mm²\.$/);
    expect(text.grey).toBe("No grey or color: it prints in clean black and white.");
    const french = Object.fromEntries(describePrintCheck(check, fr, "fr").map((l) => [l.id, l.text]));
    expect(french.lines).toBe("Traits de 1,1\u00a0mm (les plus fins 1,1\u00a0mm)\u00a0: assez épais pour cet âge.");
    expect(french.areas).toMatch(/^1 zone à colorier, la plus petite /);
  });

  it("says what failed and by how much, with the places to highlight", () => {
    const check = flawedCheck();
    const lines = describePrintCheck(check, en, "en");
    const failing = lines.filter((l) => !l.pass);
    expect(failing.map((l) => l.id)).toEqual(["grey", "lines", "specks", "solids"]);
    for (const line of failing) expect(line.locations).toEqual(check.items[line.id].locations);
    const text = Object.fromEntries(lines.map((l) => [l.id, l.text]));
    expect(text.lines).toMatch(/^Some lines are too thin for this age: 0\.\d\u00a0mm, at least 1\u00a0mm is needed\.$/);
    expect(text.solids).toBe("1 large solid black area that cannot be colored.");
    expect(text.specks).toMatch(/^\d+ stray specks? or tiny holes? between lines\.$/);
    expect(listFailingItems(check, en)).toEqual(["grey", "thin lines", "specks", "solid black"]);
    expect(listFailingItems(check, fr)).toEqual(["gris", "traits fins", "points parasites", "aplats noirs"]);
  });

  it("chooses too little or too much ink from the limit it broke", () => {
    const check = checkPage(strokeRect(blankPage(), 100, 100, 400, 400, 13), { ageGroup: "6-9" });
    const atShare = (share: number) => {
      const coverage = { ...check.items.coverage, pass: false, share };
      return describePrintCheck({ ...check, items: { ...check.items, coverage } }, en, "en").find((l) => l.id === "coverage")!.text;
    };
    expect(atShare(0.005)).toMatch(/^Very little ink/);
    expect(atShare(0.5)).toBe("A lot of black ink (50% of the page, at most 30%): hard to color and costly to print.");
  });
});
