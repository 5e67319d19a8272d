import { describe, expect, it } from "vitest";
import { hasArt } from "@/lib/images/offline/art";
import { blockedWordsOf, BLOCKED_WORDS, type BlockedReason } from "@/lib/images/offline/blocked-words";
import { BLOCKED_LABELS, getEmojiIndex } from "@/lib/images/offline/emoji-index";
import { matchTheme } from "@/lib/images/offline/match-theme";
import { planColoringPage } from "@/lib/images/offline/plan";
import { AGE_GROUPS } from "@/lib/images/paper";

/** Twemoji artwork that exists in the bundled set and must never reach a page, by reason. */
const FORBIDDEN: Record<"weapons" | "alcohol" | "adult", string[]> = {
  weapons: ["water-pistol", "kitchen-knife", "dagger", "crossed-swords", "bomb", "axe", "bow-and-arrow", "military-helmet"],
  alcohol: ["beer-mug", "clinking-beer-mugs", "wine-glass", "cocktail-glass", "tropical-drink", "sake", "bottle-with-popping-cork", "tumbler-glass", "clinking-glasses"],
  adult: ["kiss-mark", "kiss", "couple-with-heart", "lipstick", "bikini", "briefs", "eggplant", "peach", "love-hotel"],
};

/** Themes that ask for them, in English and French, alone and inside friendly themes. */
const THEMES: Record<keyof typeof FORBIDDEN, string[]> = {
  weapons: [
    "guns", "a knife", "swords and daggers", "a bomb", "bow and arrow", "a pirate with a sword and a pistol", "a witch with a knife",
    "soldiers at war", "un pistolet", "des couteaux", "une épée", "une bombe", "un chevalier avec son épée", "des soldats à la guerre",
  ],
  alcohol: [
    "beer", "wine glasses", "cocktails at the beach", "a champagne party", "christmas wine", "halloween beer party",
    "une bière", "du vin", "un verre de vin pour Noël", "des cocktails à la plage", "une fête avec du champagne",
  ],
  adult: [
    "sexy santa", "a kiss", "lipstick and a bikini", "nude beach", "eggplant and peach", "love hotel",
    "un bisou", "un baiser", "une plage nue", "la saint valentin sexy",
  ],
};

describe("what never reaches a page", () => {
  it("leaves every forbidden artwork out of the subject index, though the set has it", () => {
    const index = getEmojiIndex();
    for (const name of Object.values(FORBIDDEN).flat()) {
      expect(hasArt(name), name).toBe(true);
      expect(index.byName.has(name), name).toBe(false);
    }
    for (const entry of index.byName.values()) expect(BLOCKED_LABELS.has(entry.label.en.toLowerCase()), entry.name).toBe(false);
  });

  it.each(Object.keys(THEMES) as Array<keyof typeof THEMES>)("keeps %s out of every plan, at every age and seed", (reason) => {
    const forbidden = new Set(Object.values(FORBIDDEN).flat());
    for (const theme of THEMES[reason]) {
      for (const ageGroup of AGE_GROUPS) {
        for (const seed of [1, 2, 3]) {
          const drawn = planColoringPage({ theme, ageGroup, seed }).subjects.map((s) => s.name);
          expect(drawn.filter((name) => forbidden.has(name)), `${theme} (${ageGroup})`).toEqual([]);
        }
      }
    }
  });

  it.each(["weapons", "alcohol", "adult", "gore", "drugs", "flags"] as BlockedReason[])("never looks up a blocked word (%s)", (reason) => {
    for (const word of blockedWordsOf(reason)) {
      expect(BLOCKED_WORDS.has(word)).toBe(true);
      const match = matchTheme(word);
      expect(match.named, word).toBe(0);
    }
  });

  it("still draws the friendly subjects of a theme that also names something blocked", () => {
    expect(planColoringPage({ theme: "a pirate with a sword", ageGroup: "6-9", seed: 1 }).subjects[0]?.name).toBe("parrot");
    expect(planColoringPage({ theme: "un chevalier avec son épée", ageGroup: "6-9", seed: 1 }).subjects[0]?.name).toBe("horse");
  });

  it("draws friendly spooky subjects: a scary ghost is a smiling ghost", () => {
    expect(planColoringPage({ theme: "a scary ghost", ageGroup: "3-5", seed: 1 }).subjects[0]?.name).toBe("ghost");
    expect(planColoringPage({ theme: "une araignée effrayante", ageGroup: "6-9", seed: 1 }).subjects[0]?.name).toBe("spider");
  });
});
