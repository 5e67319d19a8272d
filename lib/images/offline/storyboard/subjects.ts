import { hasArt } from "../art";
import { FLYING } from "../layout";
import { matchTheme } from "../match-theme";
import { SETTINGS, type SettingId } from "../settings";
import { normalizeText, wordForms } from "../text";

/** What a frame shows: its subjects in order of importance and where they are. */
export interface StoryCast {
  setting: SettingId;
  subjects: StorySubject[];
}

export interface StorySubject {
  /** Twemoji icon name. */
  name: string;
  /** Named by the segment text (not a companion added for the setting). */
  named: boolean;
  /** Floats in the air or in space rather than standing on the ground. */
  floating: boolean;
  /** A big round backdrop (a planet, the sun): drawn huge and partly out of frame, behind everything. */
  backdrop: boolean;
  /** A head-and-shoulders portrait (most people emoji): framed with its flat base on the frame's bottom edge. */
  bust: boolean;
}

/**
 * Words common in video scripts that the coloring-page vocabulary does not cover: a setting
 * and/or artwork for each (accent-free, singular, English and French).
 */
const SCRIPT_WORDS: ReadonlyArray<[string, { setting?: SettingId; art?: string }]> = [
  ["plantation plantations crop crops harvest recolte vineyard vignoble orchard verger", { setting: "farm", art: "seedling" }],
  ["factory usine industrial industriel industrielle industry industrie warehouse entrepot plant", { setting: "city", art: "factory" }],
  ["studio plateau office bureau interview podcast newsroom", { setting: "home" }],
  ["host hote presenter presentateur presentatrice narrator narrateur animateur animatrice speaker", { art: "person-tipping-hand" }],
  ["scientist scientifique researcher chercheur laboratory laboratoire lab", { art: "scientist" }],
  ["market marche shop boutique store magasin", { setting: "city", art: "convenience-store" }],
  ["village countryside rural", { setting: "farm", art: "house-with-garden" }],
  ["history historical historique histoire century siecle ancient antique ancien", { art: "scroll" }],
  ["desert sahara dune dunes", { setting: "beach", art: "desert" }],
  ["volcano volcan", { setting: "mountains", art: "volcano" }],
  ["river riviere fleuve lake lac", { setting: "meadow", art: "canoe" }],
  ["earth terre planet planete world monde", { art: "globe-showing-europe-africa" }],
];

const SCRIPT_INDEX: Map<string, { setting?: SettingId; art?: string }> = new Map(
  SCRIPT_WORDS.flatMap(([words, meaning]) => words.split(" ").map((word) => [word, meaning] as const)),
);

/** Companions that suit a child's page but not a video frame. */
const NURSERY = new Set(["teddy-bear", "balloon", "wrapped-gift", "kite", "unicorn", "bubbles", "rabbit", "cat", "dog"]);
/** Settings whose companions are scenery worth adding when the text names few subjects. */
const SCENIC: ReadonlySet<SettingId> = new Set(["space", "underwater", "farm", "jungle", "city", "winter", "beach", "meadow", "forest", "mountains"]);
const BACKDROPS = /^(globe-|ringed-planet|full-moon|new-moon|sun$|sun-with-face|first-quarter-moon|last-quarter-moon|crescent-moon)/;
/** People emoji are head-and-shoulders portraits, except those doing something with their whole body. */
const PEOPLE = /(^|-)(person|people|man|men|woman|women|astronaut|scientist|technologist|worker|cook|farmer|teacher|student|judge|pilot|singer|artist|mechanic|firefighter|officer|guard|guardsman|detective|prince|princess|mage|genie|superhero|supervillain|baby|child|boy|girl|adult|older|bearded|ninja|elf|health|pregnant|breast|deaf|frowning|pouting|gesturing|tipping|raising|bowing|facepalming|shrugging|getting|juggling-no)(-|$)/;
const WHOLE_BODY = /(walking|running|standing|kneeling|dancing|climbing|surfing|biking|bicycle|swimming|rowing|golfing|lifting|playing|juggling|cartwheeling|skier|skiing|snowboard|fencing|bouncing|lotus|steamy|in-bed|bath|cane|wheelchair|feeding|holding-hands|couple|kiss|family|wrestling|horse|in-suit-levitating|motor|manual)/;

const FLOAT_WORDS = new Set(["floating", "float", "floats", "flying", "fly", "flies", "hovering", "soaring", "flotte", "flottant", "vole", "volant", "plane", "planant"]);

/** Symbols rather than things (charts, signs, buttons): left out when the text names something drawable. */
const SYMBOLS = /^(chart-|bar-chart|heavy-|keycap|regional-|flag-|input-)|-(sign|button|mark|symbol|arrow)$|^(money-bag|dollar-banknote|yen-banknote|euro-banknote|currency-exchange)$/;

/** Emoji that are square picture tiles of a whole scene: the frame draws the scene itself instead. */
const TILES = new Set(["sunset", "sunrise", "sunrise-over-mountains", "cityscape-at-dusk", "bridge-at-night", "night-with-stars", "milky-way", "foggy", "cityscape", "moon-viewing-ceremony", "national-park", "shooting-star"]);

/** Settings that are weak guesses (from an object's emoji group) which a script word may replace. */
const WEAK_SETTINGS: ReadonlySet<SettingId> = new Set(["home", "plain", "meadow"]);

/**
 * Subjects and setting for a segment, from the coloring-page theme matcher plus a few script
 * words: the subjects the text names first, then (in scenic settings) companions that belong
 * there. Deterministic for the text.
 */
export function castFor(text: string, seed: number, maxSubjects: number): StoryCast {
  const match = matchTheme(text, seed);
  const words = normalizeText(text).split(" ").filter(Boolean);
  let setting = match.setting;
  const extras: string[] = [];
  for (const word of words) {
    const meaning = wordForms(word).map((form) => SCRIPT_INDEX.get(form)).find((m) => m !== undefined);
    if (!meaning) continue;
    if (meaning.setting && WEAK_SETTINGS.has(setting) && meaning.setting !== setting) setting = meaning.setting;
    if (meaning.art && hasArt(meaning.art) && !extras.includes(meaning.art)) extras.push(meaning.art);
  }
  // "floating" pulls in bubbles, which only belong under water.
  const named: string[] = match.subjects
    .slice(0, match.named)
    .map((s) => s.name)
    .filter((name) => name !== "bubbles" || setting === "underwater")
    // The Earth rather than the wireframe "internet" globe.
    .map((name) => (name === "globe-with-meridians" && extras.includes("globe-showing-europe-africa") ? "globe-showing-europe-africa" : name));
  const drawable = named.filter((name) => !SYMBOLS.test(name) && !TILES.has(name));
  if (drawable.length > 0 || named.every((name) => TILES.has(name))) named.splice(0, named.length, ...drawable);
  const scriptArt = extras.filter((name) => !named.includes(name));
  const ordered: Array<{ name: string; named: boolean }> = [
    ...named.map((name) => ({ name, named: true })),
    ...scriptArt.map((name) => ({ name, named: true })),
  ];
  // Text-named subjects first; when the text names one or none, companions fill the scene.
  if (SCENIC.has(setting) && ordered.length < 3) {
    const companions = match.setting === setting ? match.subjects.slice(match.named).map((s) => s.name) : SETTINGS[setting].companions;
    for (const name of companions) {
      if (ordered.length >= 3) break;
      if (!NURSERY.has(name) && !ordered.some((o) => o.name === name) && hasArt(name)) ordered.push({ name, named: false });
    }
  }
  if (ordered.length === 0) {
    // Nothing drawable named and no scenery to borrow: a figure stands in for the segment.
    ordered.push({ name: "person-standing", named: false });
  }
  const floatsAll = SETTINGS[setting].floating;
  const leadFloats = words.some((w) => FLOAT_WORDS.has(w));
  // People the text names lead the frame; a backdrop never does.
  const person = ordered.findIndex((o) => o.named && PEOPLE.test(o.name));
  const lead = person >= 0 ? person : ordered.findIndex((o) => !BACKDROPS.test(o.name));
  if (lead > 0) ordered.unshift(...ordered.splice(lead, 1));
  const subjects = ordered.slice(0, Math.max(1, maxSubjects)).map(({ name, named: isNamed }, i) => ({
    name,
    named: isNamed,
    floating: floatsAll || FLYING.has(name) || (i === 0 && leadFloats),
    backdrop: i > 0 && BACKDROPS.test(name),
    bust: PEOPLE.test(name) && !WHOLE_BODY.test(name),
  }));
  return { setting, subjects };
}
