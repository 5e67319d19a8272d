import { describe, expect, it } from "vitest";
import { checkPage, isBetterPrintCheck } from "@/lib/images/print-check";
import { blankPage, fillRect, strokeRect } from "./synthetic-page";

const clean = () => checkPage(strokeRect(blankPage(), 100, 100, 400, 400, 13), { ageGroup: "6-9" });
/** Fails one item: a grey pixel. */
const grey = () => checkPage(fillRect(strokeRect(blankPage(), 100, 100, 400, 400, 13), 30, 30, 1, 1, 90), { ageGroup: "6-9" });
/** Fails two items: a grey pixel and a speck. */
const greyAndSpeck = () => checkPage(fillRect(fillRect(strokeRect(blankPage(), 100, 100, 400, 400, 13), 30, 30, 1, 1, 90), 450, 150, 4, 4), { ageGroup: "6-9" });

describe("choosing the better of two pages", () => {
  it("prefers a page that passes, then fewer failing items; a tie keeps the first", () => {
    expect(grey().items.grey.pass).toBe(false);
    expect(greyAndSpeck().items.specks.pass).toBe(false);
    expect(isBetterPrintCheck(clean(), grey())).toBe(true);
    expect(isBetterPrintCheck(grey(), clean())).toBe(false);
    expect(isBetterPrintCheck(grey(), greyAndSpeck())).toBe(true);
    expect(isBetterPrintCheck(greyAndSpeck(), grey())).toBe(false);
    expect(isBetterPrintCheck(grey(), grey())).toBe(false);
    expect(isBetterPrintCheck(clean(), clean())).toBe(false);
  });

  it("among pages failing the same items, prefers fewer failing places", () => {
    const one = grey();
    const two = checkPage(fillRect(fillRect(strokeRect(blankPage(), 100, 100, 400, 400, 13), 30, 30, 1, 1, 90), 560, 560, 1, 1, 90), { ageGroup: "6-9" });
    expect(two.items.grey.locations.length).toBeGreaterThan(one.items.grey.locations.length);
    expect(isBetterPrintCheck(one, two)).toBe(true);
    expect(isBetterPrintCheck(two, one)).toBe(false);
  });
});
