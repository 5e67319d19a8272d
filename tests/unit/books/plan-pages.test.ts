import { describe, expect, it } from "vitest";
import { planBookPages } from "@/lib/books/generate/plan-pages";
import { matchTheme } from "@/lib/images/offline";

describe("planning a book's pages from a theme", () => {
  it("gives every page a distinct scene led by the same main character, the same plan for the same theme", () => {
    const plan = planBookPages({ theme: "a turtle in the ocean", count: 12 });
    expect(plan.character).toBe("turtle");
    expect(plan.pages).toHaveLength(12);
    expect(new Set(plan.pages.map((p) => p.theme)).size).toBe(12);
    for (const page of plan.pages) expect(matchTheme(page.theme).subjects[0]?.name).toBe("turtle");
    expect(planBookPages({ theme: "a turtle in the ocean", count: 12 })).toEqual(plan);
  });

  it("varies the settings the offline composer draws, and brings companions on every other page", () => {
    const plan = planBookPages({ theme: "dinosaurs", count: 8 });
    const settings = new Set(plan.pages.map((p) => matchTheme(p.theme).setting));
    expect(settings.size).toBeGreaterThanOrEqual(4);
    expect(plan.pages.filter((p) => p.theme.includes(" and ")).length).toBe(4);
  });

  it("makes one page, or as many as asked, and other themes plan other books", () => {
    expect(planBookPages({ theme: "cats", count: 1 }).pages).toHaveLength(1);
    expect(planBookPages({ theme: "cats", count: 48 }).pages).toHaveLength(48);
    expect(planBookPages({ theme: "dogs", count: 3 }).character).not.toBe(planBookPages({ theme: "cats", count: 3 }).character);
  });
});
