import { loadJsonAsset } from "./assets";
import { DERIVED_ART } from "./derived-art";
import { normalizeText } from "./text";

/** One emoji usable as a subject: its Twemoji name, labels and searchable words. */
export interface EmojiEntry {
  name: string;
  emoji: string;
  hexcode: string;
  group: number;
  subgroup: number;
  label: { en: string; fr: string };
}

interface EmojibaseEmoji {
  label: string;
  hexcode: string;
  emoji: string;
  tags?: string[];
  group?: number;
  subgroup?: number;
}

interface Hit {
  entry: EmojiEntry;
  score: number;
}

export interface EmojiIndex {
  byName: Map<string, EmojiEntry>;
  byWord: Map<string, Hit[]>;
}

/** Groups that can hold subjects: smileys, people, animals & nature, food, travel, activities, objects. */
const GROUPS = new Set([0, 1, 3, 4, 5, 6, 7]);
/** Subgroups never used: unwell/negative faces, cat and monkey faces, hands, body parts, families, religious places, clocks. */
const SKIP_SUBGROUPS = new Set([6, 10, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 30, 31, 32, 33, 52, 58]);
/** Subgroups drawn only when the curated table names them (hearts): their words are too vague to search. */
const NAMED_ONLY_SUBGROUPS = new Set([14]);
/**
 * Never drawn: weapons, alcohol, tobacco, drugs, adult things, death and gore, and a few
 * unpleasant ones. Friendly spooky subjects (a ghost, a bat, a spider) are allowed: every
 * subject is drawn as a smiling outline.
 */
export const BLOCKED_LABELS: ReadonlySet<string> = new Set(
  [
    "water pistol", "kitchen knife", "dagger", "person fencing", "crossed swords", "collision", "bomb", "axe",
    "skull", "skull and crossbones", "coffin", "headstone", "funeral urn", "syringe", "pill", "drop of blood",
    "cigarette", "beer mug", "clinking beer mugs", "wine glass", "cocktail glass", "tropical drink", "sake",
    "bottle with popping cork", "tumbler glass", "clinking glasses", "middle finger", "ogre", "goblin",
    "smiling face with horns", "angry face with horns", "vampire", "man vampire", "woman vampire", "zombie",
    "man zombie", "woman zombie", "bow and arrow", "pile of poo", "razor", "chains", "military helmet",
    "kiss mark", "mouth", "biting lip", "kiss", "couple with heart", "eggplant", "peach", "bikini", "briefs", "lipstick",
    "love hotel", "scorpion", "cockroach", "mosquito", "microbe", "brain", "lungs",
    "anatomical heart", "tongue", "slot machine", "nazar amulet", "troll", "clown face", "firecracker",
    "breast-feeding", "pregnant woman", "pregnant man", "pregnant person", "knocked-out face", "shushing face",
    "oncoming fist", "hole", "mouse trap", "fire extinguisher", "lotion bottle", "roll of paper", "toilet",
    "placard", "identification card", "shield", "carpentry saw", "screwdriver", "hook", "x-ray", "flag in hole",
    "triangular flag", "ginger root", "broken heart", "heart on fire", "mending heart", "black heart",
    "supervillain", "man supervillain", "woman supervillain",
  ].map((label) => label.toLowerCase()),
);
/** Faces alone make poor coloring subjects: used only when nothing else fits. */
const FACE_PENALTY = 6;

let index: EmojiIndex | undefined;

function twemojiName(chars: Record<string, string>, hexcode: string): string | undefined {
  const hex = hexcode.toLowerCase();
  return chars[hex] ?? chars[hex.replace(/-fe0f/g, "")];
}

function addHit(byWord: Map<string, Hit[]>, word: string, entry: EmojiEntry, score: number): void {
  const hits = byWord.get(word) ?? [];
  const existing = hits.find((hit) => hit.entry === entry);
  if (existing) existing.score = Math.max(existing.score, score);
  else hits.push({ entry, score });
  byWord.set(word, hits);
}

/** Builds (once) the word → emoji index from emojibase's English and French labels and tags. */
export function getEmojiIndex(): EmojiIndex {
  if (index) return index;
  const chars = loadJsonAsset<Record<string, string>>("@iconify-json/twemoji/chars.json");
  const en = loadJsonAsset<EmojibaseEmoji[]>("emojibase-data/en/data.json");
  const fr = new Map(loadJsonAsset<EmojibaseEmoji[]>("emojibase-data/fr/data.json").map((e) => [e.hexcode, e]));
  const byName = new Map<string, EmojiEntry>();
  const byWord = new Map<string, Hit[]>();
  for (const item of en) {
    const group = item.group ?? -1;
    const subgroup = item.subgroup ?? -1;
    if (!GROUPS.has(group) || SKIP_SUBGROUPS.has(subgroup) || BLOCKED_LABELS.has(item.label.toLowerCase())) continue;
    const name = twemojiName(chars, item.hexcode);
    if (!name) continue;
    const french = fr.get(item.hexcode);
    const entry: EmojiEntry = {
      name,
      emoji: item.emoji,
      hexcode: item.hexcode,
      group,
      subgroup,
      label: { en: item.label, fr: french?.label ?? item.label },
    };
    byName.set(name, entry);
    if (NAMED_ONLY_SUBGROUPS.has(subgroup)) continue;
    const bias = group === 0 ? -FACE_PENALTY : group === 3 || subgroup === 25 || subgroup === 26 ? 1 : 0;
    for (const source of [item, french]) {
      if (!source) continue;
      const label = normalizeText(source.label);
      addHit(byWord, label, entry, 12 + bias);
      for (const word of label.split(" ")) addHit(byWord, word, entry, 6 + bias);
      for (const tag of source.tags ?? []) for (const word of normalizeText(tag).split(" ")) addHit(byWord, word, entry, 3 + bias);
    }
  }
  for (const [name, derived] of Object.entries(DERIVED_ART)) {
    const parent = byName.get(derived.parent);
    if (parent) byName.set(name, { ...parent, name, label: derived.label });
  }
  for (const hits of byWord.values()) hits.sort((a, b) => b.score - a.score || a.entry.label.en.length - b.entry.label.en.length);
  index = { byName, byWord };
  return index;
}

/**
 * Weakest match that names a subject: a word of the emoji's label. Words found only in tags
 * ("relax" for a sauna, "quiet" for a muted speaker) are too loose to draw.
 */
const MIN_SCORE = 6;

/** The best emoji for one normalized word, if any. */
export function searchEmoji(word: string): EmojiEntry | undefined {
  const best = getEmojiIndex().byWord.get(word)?.[0];
  return best && best.score >= MIN_SCORE ? best.entry : undefined;
}
