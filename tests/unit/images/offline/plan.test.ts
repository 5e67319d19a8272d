import { describe, expect, it } from "vitest";
import { describeThemeOffline } from "@/lib/images/offline/describe";
import { matchTheme } from "@/lib/images/offline/match-theme";
import { planColoringPage } from "@/lib/images/offline/plan";
import { AGE_GROUPS, AGE_STYLES, type AgeGroup } from "@/lib/images/paper";

const count = (theme: string, ageGroup: AgeGroup, seed: number, names: string[]): number =>
  planColoringPage({ theme, ageGroup, seed }).subjects.filter((s) => names.includes(s.name)).length;
const DINOSAURS = ["sauropod", "t-rex"];

describe("plural subjects", () => {
  it("shows several dinosaurs for a plural theme at every age, whatever the seed (Shuffle)", () => {
    for (const ageGroup of AGE_GROUPS) {
      for (let seed = 1; seed <= 25; seed++) {
        expect(count("des dinosaures à la plage", ageGroup, seed, DINOSAURS), `${ageGroup} seed ${seed}`).toBeGreaterThanOrEqual(2);
        expect(count("dinosaurs at the beach", ageGroup, seed, DINOSAURS)).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("shows one when the theme asks for one", () => {
    for (const ageGroup of ["3-5", "6-9", "10-12"] as const) {
      expect(count("un dinosaure à la plage", ageGroup, 1, DINOSAURS)).toBe(1);
      expect(count("a dinosaur at the beach", ageGroup, 1, DINOSAURS)).toBe(1);
      expect(count("a cat", ageGroup, 1, ["cat"])).toBe(1);
    }
  });

  it("reads plurals from spelling, determiners and numbers, in English and French", () => {
    expect(matchTheme("les souris").plural.map((p) => p.name)).toEqual(["mouse"]);
    expect(matchTheme("une souris").plural).toEqual([]);
    expect(matchTheme("des chevaux").plural.map((p) => p.name)).toEqual(["horse"]);
    expect(matchTheme("oiseaux").plural.map((p) => p.name)).toEqual(["bird"]);
    expect(matchTheme("three cats").plural).toEqual([{ name: "cat", variants: [], count: 3 }]);
    expect(matchTheme("deux lapins").plural[0]?.count).toBe(2);
    expect(matchTheme("des œufs de Pâques").plural.map((p) => p.name)).toEqual(["easter-egg"]);
    expect(matchTheme("un œuf de Pâques").plural).toEqual([]);
  });

  it("keeps the count a theme gives, within the age's room", () => {
    expect(count("two cats", "10-12", 1, ["cat"])).toBe(2);
    expect(count("three cats", "10-12", 1, ["cat"])).toBe(3);
    expect(count("four cats", "10-12", 1, ["cat"])).toBe(4);
    expect(count("four cats", "6-9", 1, ["cat"])).toBe(AGE_STYLES["6-9"].maxSubjects);
  });

  it("gives each plural subject at least two even for the youngest (one over their usual maximum)", () => {
    const plan = planColoringPage({ theme: "des chats et des chiens", ageGroup: "3-5", seed: 1 });
    expect(plan.subjects.filter((s) => s.name === "cat")).toHaveLength(2);
    expect(plan.subjects.length).toBe(AGE_STYLES["3-5"].maxSubjects + 1);
    expect(planColoringPage({ theme: "un chat et un chien", ageGroup: "3-5", seed: 1 }).subjects.length).toBe(AGE_STYLES["3-5"].maxSubjects);
  });

  it("says so in the scene sentence", () => {
    expect(describeThemeOffline("des dinosaures à la plage", "6-9", "fr")).toMatch(/^Des dinosaures qui jouent sur une plage/);
    expect(describeThemeOffline("three cats", "6-9")).toMatch(/^Three friendly cats playing/);
    expect(describeThemeOffline("des chevaux", "6-9", "fr")).toMatch(/^Des chevaux qui jouent/);
    expect(describeThemeOffline("une chauve-souris", "6-9", "fr")).toMatch(/^Une chauve-souris/);
    expect(describeThemeOffline("des chauves-souris", "6-9", "fr")).toMatch(/^Des chauves-souris qui jouent/);
  });
});

describe("designs per age", () => {
  it("draws scenes for children and designs for adults", () => {
    for (const ageGroup of ["3-5", "6-9", "10-12"] as const) expect(planColoringPage({ theme: "an owl", ageGroup, seed: 1 }).design).toBe("scene");
    const adult = planColoringPage({ theme: "an owl", ageGroup: "adult", seed: 1 });
    expect(adult.design).toBe("framed");
    expect(adult.subjects.map((s) => s.name)).toEqual(["owl"]);
  });

  it("draws the design a theme names, at any age", () => {
    for (const ageGroup of AGE_GROUPS) {
      expect(planColoringPage({ theme: "mandala", ageGroup, seed: 1 }).design).toBe("mandala");
      expect(planColoringPage({ theme: "un zentangle", ageGroup, seed: 1 }).design).toBe("zentangle");
      expect(planColoringPage({ theme: "geometric pattern", ageGroup, seed: 1 })).toMatchObject({ design: "pattern", motif: "geometric" });
      expect(planColoringPage({ theme: "floral pattern", ageGroup, seed: 1 })).toMatchObject({ design: "pattern", motif: "floral" });
    }
    expect(planColoringPage({ theme: "owl mandala", ageGroup: "adult", seed: 1 }).subjects.map((s) => s.name)).toEqual(["owl"]);
  });

  it("frames a setting's own subject for adults, and picks a design by theme when nothing matches", () => {
    expect(planColoringPage({ theme: "the ocean", ageGroup: "adult", seed: 1 }).design).toBe("framed");
    const designs = ["relax", "calm evening", "qwzzx", "pour le plaisir", "détente", "quiet sunday"].map((theme) => planColoringPage({ theme, ageGroup: "adult", seed: 1 }).design);
    expect(new Set(designs).size).toBeGreaterThan(1);
    for (const design of designs) expect(["mandala", "pattern", "zentangle"]).toContain(design);
    // Shuffle changes the drawing, not the kind of design (so the scene sentence stays true).
    for (let seed = 1; seed < 10; seed++) expect(planColoringPage({ theme: "relax", ageGroup: "adult", seed }).design).toBe(designs[0]);
  });

  it("describes the adult designs", () => {
    expect(describeThemeOffline("an owl", "adult")).toMatch(/^An owl with patterned shapes, in a frame of/);
    expect(describeThemeOffline("une chouette", "adult", "fr")).toMatch(/^Une chouette aux formes décorées de motifs, dans un cadre/);
    expect(describeThemeOffline("mandala", "adult")).toMatch(/^A mandala/);
  });
});
