import { describe, expect, it } from "vitest";
import { matchTheme } from "@/lib/images/offline/match-theme";
import { wordForms } from "@/lib/images/offline/text";

/** The first subject a theme names, and its setting. */
function meaning(theme: string): { subject: string | undefined; setting: string } {
  const match = matchTheme(theme);
  return { subject: match.named > 0 ? match.subjects[0]?.name : undefined, setting: match.setting };
}

/** A singular and its plural, in English or French, with the artwork both must draw. */
const PAIRS: Array<[string, string, string]> = [
  ["dinosaur", "dinosaurs", "sauropod"],
  ["dinosaure", "dinosaures", "sauropod"],
  ["cat", "cats", "cat"],
  ["chat", "chats", "cat"],
  ["mouse", "mice", "mouse"],
  ["horse", "horses", "horse"],
  ["cheval", "chevaux", "horse"],
  ["hibou", "hiboux", "owl"],
  ["bunny", "bunnies", "rabbit"],
  ["leaf", "leaves", "maple-leaf"],
  ["feuille", "feuilles", "maple-leaf"],
  ["gâteau", "gâteaux", "birthday-cake"],
  ["ghost", "ghosts", "ghost"],
  ["fantôme", "fantômes", "ghost"],
  ["pumpkin", "pumpkins", "pumpkin"],
  ["citrouille", "citrouilles", "pumpkin"],
  ["witch", "witches", "woman-mage"],
  ["sorcière", "sorcières", "woman-mage"],
  ["bat", "bats", "bat"],
  ["chauve-souris", "chauves-souris", "bat"],
  ["renne", "rennes", "deer"],
  ["egg", "eggs", "easter-egg"],
  ["œuf", "œufs", "easter-egg"],
  ["heart", "hearts", "red-heart"],
  ["cœur", "cœurs", "red-heart"],
  ["fox", "foxes", "fox"],
  ["pine tree", "pine trees", "evergreen-tree"],
];

describe("singular and plural forms", () => {
  it.each(PAIRS)("draws %j and %j as the same subject in the same setting", (one, several, subject) => {
    expect(meaning(one)).toEqual(meaning(several));
    expect(meaning(one).subject).toBe(subject);
    expect(matchTheme(one).plural).toEqual([]);
    expect(matchTheme(several).plural.map((p) => p.name)).toEqual([subject]);
  });

  it("keeps a witch and a wizard apart in the plural too", () => {
    expect(meaning("sorcières")).toEqual({ subject: "woman-mage", setting: "halloween" });
    expect(meaning("sorciers")).toEqual({ subject: "mage", setting: "castle" });
    expect(meaning("wizards")).toEqual(meaning("sorciers"));
  });

  it("tries the English -es plural first only after the endings that take it", () => {
    expect(wordForms("witches").slice(0, 2)).toEqual(["witches", "witch"]);
    expect(wordForms("boxes").slice(0, 2)).toEqual(["boxes", "box"]);
    expect(wordForms("sorcieres").slice(0, 2)).toEqual(["sorcieres", "sorciere"]);
    expect(wordForms("tortues").slice(0, 2)).toEqual(["tortues", "tortue"]);
    // "vaches" tries "vach" first, which is no word, then "vache".
    expect(meaning("des vaches").subject).toBe("cow");
  });
});

describe("English and French", () => {
  it.each([
    ["a friendly ghost", "un gentil fantôme"],
    ["halloween pumpkins", "des citrouilles d'Halloween"],
    ["a witch", "une sorcière"],
    ["Santa Claus", "le Père Noël"],
    ["a christmas tree", "un sapin de Noël"],
    ["the easter bunny", "le lapin de Pâques"],
    ["easter eggs", "des œufs de Pâques"],
    ["a birthday cake", "un gâteau d'anniversaire"],
    ["three cats", "trois chats"],
  ])("draws %j and %j alike", (english, french) => {
    const en = matchTheme(english);
    const fr = matchTheme(french);
    expect(fr.subjects.slice(0, fr.named).map((s) => s.name)).toEqual(en.subjects.slice(0, en.named).map((s) => s.name));
    expect(fr.setting).toBe(en.setting);
    expect(fr.plural).toEqual(en.plural);
    expect(en.named).toBeGreaterThan(0);
  });
});

describe("what matches and what does not", () => {
  it.each([
    ["halloween", "hallo"],
    ["cat", "catapult"],
    ["cats", "category"],
    ["bat", "batman"],
    ["easter", "eastern"],
    ["chat", "chattering"],
    ["egg", "eggplant"],
    ["car", "carpet"],
  ])("understands %j but reads nothing into %j, which only begins like it", (word, lookalike) => {
    expect(matchTheme(word).named).toBeGreaterThan(0);
    const other = matchTheme(lookalike);
    expect(other.named).toBe(0);
    expect(other.understood).toBe(false);
  });

  it("reads a holiday from its name in either language, with or without accents", () => {
    for (const theme of ["halloween", "Halloween"]) expect(meaning(theme)).toEqual({ subject: "jack-o-lantern", setting: "halloween" });
    for (const theme of ["christmas", "noël", "noel", "Noël"]) expect(meaning(theme)).toEqual({ subject: "christmas-tree", setting: "christmas" });
    for (const theme of ["easter", "pâques", "paques"]) expect(meaning(theme)).toEqual({ subject: "rabbit", setting: "easter" });
  });

  it("tells a pine tree from a pineapple and from a Christmas tree", () => {
    expect(meaning("a pine tree").subject).toBe("evergreen-tree");
    expect(meaning("a pineapple").subject).toBe("pineapple");
    expect(meaning("a christmas tree").subject).toBe("christmas-tree");
  });
});
