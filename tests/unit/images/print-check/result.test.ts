import { describe, expect, it } from "vitest";
import { buildCorrectivePrompt, checkPage, listCorrections, PRINT_CHECK_ITEMS, PRINT_THRESHOLDS, printCheckSchema } from "@/lib/images/print-check";
import { blankPage, fillRect, strokeRect } from "./synthetic-page";

/** A page that fails several ways for 6–9: thin lines, a solid fill, a speck and a grey pixel. */
function flawedPage() {
  const page = strokeRect(blankPage(), 100, 100, 400, 400, 8);
  fillRect(page, 200, 200, 130, 130);
  fillRect(page, 450, 150, 4, 4);
  return fillRect(page, 30, 30, 1, 1, 90);
}

describe("print check result", () => {
  it("passes a clean page on every item, for its age group", () => {
    const check = checkPage(strokeRect(blankPage(), 100, 100, 400, 400, 13), { ageGroup: "6-9" });
    expect(check.pass).toBe(true);
    expect(Object.keys(check.items)).toEqual([...PRINT_CHECK_ITEMS]);
    for (const item of Object.values(check.items)) expect(item).toMatchObject({ pass: true, reasons: [], locations: [] });
    expect(check).toMatchObject({ version: 1, ageGroup: "6-9", page: { width: 600, height: 600, dpi: 300 }, thresholds: PRINT_THRESHOLDS["6-9"] });
  });

  it("fails the page when any item fails, with a reason and a location per failing item", () => {
    const check = checkPage(flawedPage(), { ageGroup: "6-9" });
    expect(check.pass).toBe(false);
    const failing = Object.entries(check.items).filter(([, item]) => !item.pass).map(([id]) => id);
    expect(failing).toEqual(["grey", "lines", "specks", "solids"]);
    for (const id of failing) {
      const item = check.items[id as keyof typeof check.items];
      expect(item.reasons.length).toBeGreaterThan(0);
      expect(item.locations.length).toBeGreaterThan(0);
      for (const reason of item.reasons) expect(reason.message.length).toBeGreaterThan(10);
    }
  });

  it("is plain JSON that the schema reads back unchanged", () => {
    const check = checkPage(flawedPage(), { ageGroup: "6-9" });
    const stored = JSON.parse(JSON.stringify(check)) as unknown;
    expect(stored).toEqual(check);
    expect(printCheckSchema.parse(stored)).toEqual(check);
    expect(printCheckSchema.safeParse({ ...check, version: 2 }).success).toBe(false);
    expect(printCheckSchema.safeParse({ ...check, items: { ...check.items, lines: { ...check.items.lines, p5Mm: "thin" } } }).success).toBe(false);
  });

  it("is deterministic and leaves the page untouched", () => {
    const page = flawedPage();
    const before = Uint8Array.from(page.data);
    const first = checkPage(page, { ageGroup: "6-9" });
    expect(checkPage(page, { ageGroup: "6-9" })).toEqual(first);
    expect(page.data).toEqual(before);
  });

  it("changes with the age group", () => {
    const page = strokeRect(blankPage(), 100, 100, 400, 400, 13);
    expect(checkPage(page, { ageGroup: "6-9" }).items.lines.pass).toBe(true);
    expect(checkPage(page, { ageGroup: "3-5" }).items.lines.pass).toBe(false);
  });

  it("rejects a page whose bytes do not match its size", () => {
    expect(() => checkPage({ width: 10, height: 10, channels: 1, data: new Uint8Array(99) }, { ageGroup: "6-9" })).toThrow(RangeError);
    expect(() => checkPage({ width: 0, height: 10, channels: 1, data: new Uint8Array(0) }, { ageGroup: "6-9" })).toThrow(RangeError);
  });
});

describe("corrective prompt", () => {
  it("names what failed, each once, in the check's order", () => {
    const check = checkPage(flawedPage(), { ageGroup: "6-9" });
    expect(listCorrections(check)).toEqual([
      "pure black lines on pure white with no grey shading, gradients or color",
      "thicker, bolder outlines of even width",
      "no stray dots or specks",
      "no solid black fills: outline every shape and leave it white",
    ]);
    expect(buildCorrectivePrompt(check)).toBe(
      "The previous drawing was not print-ready. This time draw it with pure black lines on pure white with no grey shading, gradients or color; thicker, bolder outlines of even width; no stray dots or specks; no solid black fills: outline every shape and leave it white.",
    );
  });

  it("has nothing to say about a page that passed", () => {
    const check = checkPage(strokeRect(blankPage(), 100, 100, 400, 400, 13), { ageGroup: "6-9" });
    expect(listCorrections(check)).toEqual([]);
    expect(buildCorrectivePrompt(check)).toBeNull();
  });
});
