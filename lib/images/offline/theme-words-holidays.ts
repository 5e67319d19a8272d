import type { ThemeWord } from "./theme-words";

const WITCH = { en: "a witch", fr: "une sorcière" };
const REINDEER = { en: "a reindeer", fr: "un renne" };
const EASTER_BUNNY = { en: "an Easter bunny", fr: "un lapin de Pâques" };
const CARVED = { halloween: "jack-o-lantern" } as const;

/**
 * Seasons, holidays and celebrations, with their usual subjects (English and French,
 * accent-free, singular). Every subject is drawn friendly: a smiling ghost, a grinning pumpkin.
 */
export const HOLIDAY_WORDS: Array<[string, ThemeWord]> = [
  // Halloween
  ["halloween", { art: ["jack-o-lantern", "ghost", "bat"], setting: "halloween", generic: true }],
  ["pumpkin citrouille potiron courge squash", { art: ["pumpkin"], setting: "farm", inSetting: CARVED }],
  ["jackolantern", { art: ["jack-o-lantern", "pumpkin"], setting: "halloween" }],
  ["ghost fantome spectre boo", { art: ["ghost"], setting: "halloween" }],
  ["witch sorciere", { art: ["woman-mage"], setting: "halloween", label: WITCH }],
  ["bat", { art: ["bat"], setting: "halloween" }],
  ["spider araignee", { art: ["spider"], setting: "halloween" }],
  ["web", { art: ["spider-web"], setting: "halloween" }],
  ["broom broomstick balai", { art: ["broom"], setting: "halloween" }],
  ["costume deguisement", { art: ["jack-o-lantern", "ghost"], setting: "halloween", generic: true }],
  // Christmas and winter holidays
  ["christmas xmas noel", { art: ["christmas-tree", "santa-claus", "wrapped-gift"], setting: "christmas", generic: true }],
  ["sapin", { art: ["christmas-tree"], setting: "christmas" }],
  ["santa", { art: ["santa-claus"], setting: "christmas" }],
  ["reindeer renne rudolph", { art: ["deer"], setting: "christmas", label: REINDEER }],
  ["elf lutin elfe", { art: ["elf"], setting: "christmas" }],
  ["sleigh traineau luge sled", { art: ["sled"], setting: "christmas" }],
  ["bell cloche clochette", { art: ["bell"], setting: "christmas" }],
  ["candle bougie", { art: ["candle"], setting: "home" }],
  ["ornament bauble", { art: ["christmas-tree"], setting: "christmas" }],
  // Easter and spring
  ["easter paques", { art: ["rabbit", "easter-egg", "hatching-chick"], setting: "easter", generic: true, label: EASTER_BUNNY }],
  ["egg oeuf", { art: ["easter-egg", "egg"], setting: "easter" }],
  ["basket panier", { art: ["basket"], setting: "easter" }],
  ["nest nid", { art: ["nest-with-eggs"], setting: "meadow" }],
  // Valentine's Day, Mother's Day
  ["valentine valentin", { art: ["red-heart", "heart-with-ribbon", "sparkling-heart"], setting: "valentine", generic: true }],
  ["heart coeur love amour", { art: ["red-heart", "heart-with-ribbon", "sparkling-heart"], setting: "valentine" }],
  ["bouquet", { art: ["bouquet"], setting: "home" }],
  // Birthdays and parties
  ["birthday anniversaire", { art: ["birthday-cake", "balloon", "wrapped-gift"], setting: "party", generic: true }],
  ["cake gateau", { art: ["birthday-cake", "cupcake"], setting: "party" }],
  ["cupcake muffin", { art: ["cupcake"], setting: "party" }],
  ["party fete celebration", { art: ["balloon", "party-popper", "birthday-cake"], setting: "party", generic: true }],
  ["confetti cotillon", { art: ["party-popper", "confetti-ball"], setting: "party" }],
  ["fireworks firework", { art: ["fireworks", "sparkler"], setting: "party" }],
  // Seasons and other days
  ["autumn fall automne", { art: ["fallen-leaf", "maple-leaf", "hedgehog"], setting: "forest", generic: true }],
  ["leaf feuille", { art: ["maple-leaf", "fallen-leaf"], setting: "forest" }],
  ["summer ete", { setting: "beach" }],
  ["thanksgiving turkey dinde", { art: ["turkey"], setting: "farm" }],
  ["rainbow", { art: ["rainbow"], setting: "meadow" }],
  ["shamrock clover trefle leprechaun", { art: ["four-leaf-clover", "shamrock"], setting: "meadow" }],
  ["lantern lanterne lampion", { art: ["red-paper-lantern"], setting: "city" }],
  ["potager", { setting: "meadow" }],
  ["immeuble skyscraper gratte", { setting: "city" }],
  ["school ecole classroom classe", { art: ["school", "backpack"], setting: "city" }],
  ["backpack cartable", { art: ["backpack"], setting: "home" }],
  ["camping campfire", { art: ["tent"], setting: "mountains" }],
  ["circus cirque", { art: ["circus-tent"], setting: "plain" }],
  ["carousel manege", { art: ["carousel-horse"], setting: "plain" }],
];

/** Multi-word holiday themes, matched before single words. */
export const HOLIDAY_PHRASES: Array<[string, ThemeWord]> = [
  ["jack o lantern", { art: ["jack-o-lantern", "pumpkin"], setting: "halloween" }],
  ["trick or treat", { art: ["candy", "jack-o-lantern"], setting: "halloween" }],
  ["des bonbons ou un sort", { art: ["candy", "jack-o-lantern"], setting: "halloween" }],
  ["chauve souris", { art: ["bat"], setting: "halloween" }],
  ["black cat", { art: ["black-cat"], setting: "halloween" }],
  ["chat noir", { art: ["black-cat"], setting: "halloween" }],
  ["spider web", { art: ["spider-web"], setting: "halloween" }],
  ["toile d araignee", { art: ["spider-web"], setting: "halloween" }],
  ["haunted house", { art: ["derelict-house"], setting: "halloween" }],
  ["maison hantee", { art: ["derelict-house"], setting: "halloween" }],
  ["christmas tree", { art: ["christmas-tree"], setting: "christmas" }],
  ["sapin de noel", { art: ["christmas-tree"], setting: "christmas" }],
  ["arbre de noel", { art: ["christmas-tree"], setting: "christmas" }],
  ["santa claus", { art: ["santa-claus", "mrs-claus"], setting: "christmas" }],
  ["father christmas", { art: ["santa-claus"], setting: "christmas" }],
  ["pere noel", { art: ["santa-claus", "mrs-claus"], setting: "christmas" }],
  ["papa noel", { art: ["santa-claus"], setting: "christmas" }],
  ["mere noel", { art: ["mrs-claus"], setting: "christmas" }],
  ["mrs claus", { art: ["mrs-claus"], setting: "christmas" }],
  ["saint nicolas", { art: ["santa-claus"], setting: "christmas" }],
  ["easter bunny", { art: ["rabbit"], setting: "easter", label: EASTER_BUNNY }],
  ["lapin de paques", { art: ["rabbit"], setting: "easter", label: EASTER_BUNNY }],
  ["easter egg", { art: ["easter-egg", "egg"], setting: "easter" }],
  ["oeuf de paques", { art: ["easter-egg", "egg"], setting: "easter" }],
  ["love letter", { art: ["love-letter"], setting: "valentine" }],
  ["lettre d amour", { art: ["love-letter"], setting: "valentine" }],
  ["mother s day", { art: ["bouquet", "red-heart"], setting: "meadow" }],
  ["mothers day", { art: ["bouquet", "red-heart"], setting: "meadow" }],
  ["fete des meres", { art: ["bouquet", "red-heart"], setting: "meadow" }],
  ["birthday cake", { art: ["birthday-cake"], setting: "party" }],
  ["gateau d anniversaire", { art: ["birthday-cake"], setting: "party" }],
  ["new year", { art: ["fireworks", "party-popper"], setting: "party", generic: true }],
  ["nouvel an", { art: ["fireworks", "party-popper"], setting: "party", generic: true }],
  ["feu d artifice", { art: ["fireworks", "sparkler"], setting: "party" }],
  ["fete foraine", { art: ["carousel-horse", "ferris-wheel"], setting: "plain" }],
  ["arc en ciel", { art: ["rainbow"], setting: "meadow" }],
  ["feu de camp", { art: ["tent"], setting: "mountains" }],
  ["construction truck", { art: ["articulated-lorry", "delivery-truck", "tractor"], setting: "city" }],
  ["engin de chantier", { art: ["articulated-lorry", "building-construction", "tractor"], setting: "city" }],
  ["vegetable garden", { setting: "meadow" }],
  ["back to school", { art: ["backpack", "school"], setting: "city" }],
  ["rentree", { art: ["backpack", "school"], setting: "city" }],
];
