import { describe, expect, it } from "vitest";
import { describeThemeOffline, matchTheme } from "@/lib/images/offline";
import { SETTINGS } from "@/lib/images/offline/settings";
import { THEME_PHRASES, THEME_WORDS } from "@/lib/images/offline/theme-words";
import { hasArt } from "@/lib/images/offline/art";

const names = (theme: string): string[] => matchTheme(theme).subjects.map((s) => s.name);

describe("matchTheme", () => {
  it.each([
    ["dinosaurs at the beach", "beach", ["sauropod"]],
    ["espace", "space", []],
    ["une princesse dans un château", "castle", ["princess"]],
    ["une princesse dans un chateau", "castle", ["princess"]],
    ["chats et chiens", "home", ["cat", "dog"]],
    ["sous la mer", "underwater", []],
    ["ferme", "farm", []],
    ["robots in the city", "city", ["robot"]],
    ["fusée", "space", ["rocket"]],
    ["fusee", "space", ["rocket"]],
    ["licorne", "meadow", ["unicorn"]],
    ["hérissons dans la foret", "forest", ["hedgehog"]],
    ["penguins in the snow", "winter", ["penguin"]],
    ["jungle animals", "jungle", []],
  ])("maps %j to the %s setting", (theme, setting, first) => {
    const match = matchTheme(theme);
    expect(match.setting).toBe(setting);
    expect(match.subjects.slice(0, first.length).map((s) => s.name)).toEqual(first);
    expect(match.subjects.length).toBeGreaterThanOrEqual(3);
  });

  it("fills a setting-only theme with subjects that belong there", () => {
    expect(SETTINGS.space.companions).toEqual(expect.arrayContaining(names("espace")));
    expect(SETTINGS.farm.companions).toEqual(expect.arrayContaining(names("ferme")));
    expect(SETTINGS.jungle.companions).toEqual(expect.arrayContaining(names("jungle animals")));
  });

  it("finds subjects through emojibase labels in English and French", () => {
    expect(names("a koala")[0]).toBe("koala");
    expect(names("les pingouins")[0]).toBe("penguin");
    expect(names("des tortues")[0]).toBe("turtle");
  });

  it("never gives flags, weapons, gore or drinks", () => {
    const all = ["guns and knives", "skull", "drapeau de la France", "flag", "bomb", "beer party", "zombie"].flatMap(names);
    for (const bad of ["water-pistol", "kitchen-knife", "dagger", "skull", "bomb", "beer-mug", "zombie"]) expect(all).not.toContain(bad);
    expect(all.some((name) => name.startsWith("flag"))).toBe(false);
  });

  it("gives friendly defaults when nothing matches, varied by seed and never empty", () => {
    const a = matchTheme("qwzzx plorb", 1);
    const b = matchTheme("qwzzx plorb", 2);
    expect(a.subjects.length).toBeGreaterThan(0);
    expect(matchTheme("", 3).subjects.length).toBeGreaterThan(0);
    expect([1, 2, 3, 4, 5].map((seed) => matchTheme("qwzzx", seed).subjects[0]?.name)).not.toEqual(Array(5).fill(a.subjects[0]?.name));
    expect(matchTheme("qwzzx plorb", 1)).toEqual(a);
    expect(b.setting).toBe(a.setting);
  });

  it("only names artwork that exists in the bundled set", () => {
    const curated = [...THEME_WORDS.values(), ...THEME_PHRASES.map(([, m]) => m)].flatMap((m) => m.art ?? []);
    const companions = Object.values(SETTINGS).flatMap((s) => s.companions);
    expect([...curated, ...companions].filter((name) => !hasArt(name))).toEqual([]);
  });
});

describe("describeThemeOffline", () => {
  it("writes a short scene sentence in English", () => {
    const text = describeThemeOffline("a dinosaur at the beach", "3-5");
    expect(text).toMatch(/^A friendly dinosaur and a \w+/);
    expect(text).toContain("beach");
  });

  it("writes French with French nouns", () => {
    const text = describeThemeOffline("une princesse dans un château", "6-9", "fr");
    expect(text).toMatch(/^Une princesse/);
    expect(text).toContain("château");
  });
});
