import { describe, expect, it } from "vitest";
import type { ColoringRequest } from "@/lib/images/engines/types";
import { drawColoringPage } from "@/lib/images/offline/compose";
import type { AgeGroup } from "@/lib/images/paper";

function request(theme: string, ageGroup: AgeGroup, seed: number): ColoringRequest {
  return {
    purpose: "coloring", theme, scene: "", prompt: "", seed, width: 2250, height: 3000,
    options: { ageGroup, paper: "letter", orientation: "portrait", reference: false, title: false, quality: "medium" },
  };
}

const DINOSAURS = new Set(["sauropod", "t-rex"]);

describe("children's scenes", () => {
  it("lays out every dinosaur of a plural theme, for any seed (Shuffle)", () => {
    for (const ageGroup of ["3-5", "6-9", "10-12"] as const) {
      for (let seed = 1; seed <= 6; seed++) {
        const page = drawColoringPage(request("des dinosaures à la plage", ageGroup, seed));
        const placed = page.placements.filter((p) => DINOSAURS.has(p.ref.name));
        expect(placed.length, `${ageGroup} seed ${seed}`).toBe(page.plan.subjects.filter((s) => DINOSAURS.has(s.name)).length);
        expect(placed.length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("draws one dinosaur for a singular theme", () => {
    const page = drawColoringPage(request("un dinosaure à la plage", "6-9", 1));
    expect(page.placements.filter((p) => DINOSAURS.has(p.ref.name))).toHaveLength(1);
  });

  it("gives 10–12 patterns in the main subjects' big shapes, and 6–9 none", () => {
    const patterned = (ageGroup: AgeGroup) =>
      drawColoringPage(request("an owl in the forest", ageGroup, 2)).layers.filter((l) => l.kind === "art" && (l.art.patterns?.length ?? 0) > 0);
    expect(patterned("6-9")).toHaveLength(0);
    expect(patterned("10-12").length).toBeGreaterThan(0);
    expect(drawColoringPage(request("an owl in the forest", "10-12", 2)).svg).toContain("<pattern ");
  });

  it("draws the new settings: a Halloween night, a party room, a Valentine's room", () => {
    for (const [theme, setting] of [["halloween", "halloween"], ["birthday party", "party"], ["valentine hearts", "valentine"], ["christmas", "christmas"], ["easter", "easter"]] as const) {
      const page = drawColoringPage(request(theme, "6-9", 1));
      expect(page.plan.setting).toBe(setting);
      expect(page.placements.length).toBeGreaterThanOrEqual(2);
    }
  });
});
