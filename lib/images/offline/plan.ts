import { AGE_STYLES, type AgeGroup } from "@/lib/images/paper";
import type { ArtRef } from "./art";
import { matchTheme, type ThemeMatch } from "./match-theme";
import { hashString } from "./random";
import type { SettingId } from "./settings";

/**
 * How a page is drawn: a scene (subjects over a setting's background, for children), or one of
 * the designs adults color (also drawn for any age whose theme asks for one by name).
 */
export type DesignKind = "scene" | "mandala" | "pattern" | "zentangle" | "framed";

/** Everything decided about a coloring page before drawing: fast, deterministic, testable. */
export interface PagePlan {
  design: DesignKind;
  /** For patterns and frames: geometric tiles or flowers and leaves. */
  motif: "geometric" | "floral";
  setting: SettingId;
  /** What is drawn, most important first; a subject asked for in the plural appears several times. */
  subjects: ArtRef[];
  /** How many leading subjects the theme names itself, repeats of plural subjects included. */
  named: number;
  match: ThemeMatch;
}

/** How many of a plural subject a page shows when the theme gives no number. */
const DEFAULT_PLURAL = 3;
const UNNAMED_DESIGNS: readonly DesignKind[] = ["mandala", "pattern", "zentangle"];
const FLOWER_WORDS = new Set(["flower", "flowers", "fleur", "fleurs", "floral", "fleuri", "fleurie", "garden", "jardin", "rose", "roses"]);

/**
 * The subjects a scene draws: each named subject once, then repeats of the plural ones (other
 * artwork for the same word first: a T. rex among dinosaurs) until each has its count, then
 * companions. A plural theme may hold one subject more than the age's usual maximum, so that
 * "cats and dogs" for the youngest still shows two cats.
 */
function sceneSubjects(match: ThemeMatch, max: number): { subjects: ArtRef[]; named: number } {
  const drawn = match.subjects.slice(0, Math.min(match.named, max));
  const byName = new Map(match.subjects.map((s) => [s.name, s]));
  const copies = new Map<string, number>(drawn.map((s) => [s.name, 1]));
  const groups = match.plural.filter((p) => copies.has(p.name));
  for (let round = 0; groups.length > 0 && round < 9; round++) {
    for (const group of groups) {
      const have = copies.get(group.name) ?? 0;
      const room = have < 2 ? max + 1 : max;
      if (have >= (group.count ?? DEFAULT_PLURAL) || drawn.length >= room) continue;
      const unused = group.variants.map((name) => byName.get(name)).find((ref) => ref && !drawn.includes(ref));
      drawn.push(unused ?? byName.get(group.name) ?? drawn[0]!);
      copies.set(group.name, have + 1);
    }
  }
  const named = drawn.length;
  const variants = new Set(match.plural.flatMap((p) => p.variants));
  for (const companion of match.subjects.slice(match.named)) {
    if (drawn.length >= max) break;
    if (!drawn.includes(companion) && !variants.has(companion.name)) drawn.push(companion);
  }
  return { subjects: drawn, named };
}

function chooseDesign(match: ThemeMatch, ageGroup: AgeGroup, normalizedTheme: string): DesignKind {
  const named = match.named > 0;
  if (match.design === "mandala") return "mandala";
  if (match.design) return named ? "framed" : match.design === "zentangle" ? "zentangle" : "pattern";
  if (ageGroup !== "adult") return "scene";
  // A setting alone ("the ocean") frames the subject that belongs there most.
  return match.understood ? "framed" : pickUnnamed(normalizedTheme);
}

/** A design for a theme that names nothing drawable: chosen by the theme, so its description stays true. */
function pickUnnamed(normalizedTheme: string): DesignKind {
  return UNNAMED_DESIGNS[hashString(normalizedTheme) % UNNAMED_DESIGNS.length] ?? "mandala";
}

/**
 * Plans a page: its design, setting and subjects. The seed changes only layouts (it is for
 * Shuffle), never what a theme asks for: plural subjects stay plural under every seed.
 */
export function planColoringPage(input: { theme: string; ageGroup: AgeGroup; seed: number }): PagePlan {
  const match = matchTheme(input.theme, input.seed);
  const normalized = match.words.join(" ");
  const design = chooseDesign(match, input.ageGroup, normalized || input.theme);
  const floral = match.design === "floral" || match.words.some((w) => FLOWER_WORDS.has(w)) || (!match.design && hashString(normalized) % 2 === 1);
  const motif = floral ? "floral" : "geometric";
  const base = { design, motif, setting: match.setting, match } as const;
  if (design === "scene") return { ...base, ...sceneSubjects(match, AGE_STYLES[input.ageGroup].maxSubjects) };
  if (design === "framed") {
    // The main subject in the middle, a second named one beside it; plural themes repeat the
    // main subject in the frame's corners.
    const main = match.subjects[0];
    if (!main) return { ...base, design: "mandala", subjects: [], named: 0 };
    const second = match.named > 1 ? match.subjects.slice(1, 2) : [];
    const several = match.plural.some((p) => p.name === main.name);
    const subjects = [main, ...second, ...(several ? [main, main, main, main] : [])];
    return { ...base, subjects, named: match.named > 0 ? subjects.length : 0 };
  }
  const centre = match.named > 0 && match.subjects[0] ? [match.subjects[0]] : [];
  return { ...base, subjects: centre, named: centre.length };
}
