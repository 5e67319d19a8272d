import type { ArtRef } from "./art";
import { getEmojiIndex, searchEmoji, type EmojiEntry } from "./emoji-index";
import { nounFor } from "./nouns";
import { createRandom, hashString } from "./random";
import { DEFAULT_SUBJECTS, SETTINGS, type SettingId } from "./settings";
import { BLOCKED_WORDS, normalizeText, STOP_WORDS, wordForms } from "./text";
import { THEME_PHRASES, THEME_WORDS, type ThemeWord } from "./theme-words";

/** What a free-text theme means for the offline composer. */
export interface ThemeMatch {
  /** Subjects in order of importance: the ones the theme names first, then fitting companions. */
  subjects: ArtRef[];
  setting: SettingId;
  /** How many of the first subjects the theme names itself (the rest are companions). */
  named: number;
  /** The theme's content words, normalized (lower case, no accents, no stop words). */
  words: string[];
}

interface Found {
  at: number;
  meaning: ThemeWord;
  plural: boolean;
}

const MAX_SUBJECTS = 6;

/** A setting for a subject the curated table does not know, from its emoji subgroup. */
function settingForSubgroup(subgroup: number): SettingId | undefined {
  if (subgroup === 38) return "underwater";
  if (subgroup === 37 || subgroup === 36) return "jungle";
  if (subgroup >= 34 && subgroup <= 41) return "meadow";
  if (subgroup === 54) return "city";
  if (subgroup === 55) return "beach";
  if (subgroup >= 42 && subgroup <= 48) return "home";
  return undefined;
}

/** The subject for an icon name, as an artwork reference with its labels. */
export function artRefFor(entry: EmojiEntry): ArtRef {
  return { set: "twemoji", name: entry.name, emoji: entry.emoji, label: { en: nounFor(entry, "en"), fr: nounFor(entry, "fr") } };
}

function findMeanings(normalized: string, words: string[]): Found[] {
  const found: Found[] = [];
  let rest = ` ${normalized} `;
  for (const [phrase, meaning] of THEME_PHRASES) {
    const at = rest.indexOf(` ${phrase} `);
    if (at < 0) continue;
    found.push({ at, meaning, plural: false });
    rest = rest.slice(0, at) + " ".repeat(phrase.length + 1) + rest.slice(at + phrase.length + 1);
  }
  let cursor = 0;
  for (const word of rest.split(" ")) {
    const at = cursor;
    cursor += word.length + 1;
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    words.push(word);
    const forms = wordForms(word);
    if (forms.some((form) => BLOCKED_WORDS.has(form))) continue;
    const curated = forms.find((form) => THEME_WORDS.has(form));
    if (curated) {
      found.push({ at, meaning: THEME_WORDS.get(curated) ?? {}, plural: curated !== word });
      continue;
    }
    const emojiForm = forms.find((form) => searchEmoji(form));
    const entry = emojiForm ? searchEmoji(emojiForm) : undefined;
    if (entry) found.push({ at, meaning: { art: [entry.name], setting: settingForSubgroup(entry.subgroup) }, plural: emojiForm !== word });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Maps a free-text theme (English or French, plurals and missing accents welcome) to subjects
 * and a setting. Deterministic: companions depend on the theme only (so a scene sentence and the
 * page agree); `seed` only picks the friendly defaults for a theme nothing matched.
 */
export function matchTheme(theme: string, seed?: number): ThemeMatch {
  const normalized = normalizeText(theme);
  const words: string[] = [];
  const found = findMeanings(normalized, words);
  const named: string[] = [];
  const variants: string[] = [];
  const strongSetting = found.some((f) => f.meaning.setting && !f.meaning.art);
  const specific = found.some((f) => f.meaning.art && !f.meaning.generic);
  for (const { meaning, plural } of found) {
    if (meaning.generic && (strongSetting || specific)) continue;
    const [first, ...others] = meaning.art ?? [];
    if (first && !named.includes(first)) named.push(first);
    if (plural) variants.push(...others);
  }
  const setting: SettingId =
    found.find((f) => f.meaning.setting && !f.meaning.art)?.meaning.setting ??
    found.find((f) => f.meaning.setting)?.meaning.setting ??
    (found.length === 0 ? "meadow" : "plain");
  const pool = found.length === 0 ? DEFAULT_SUBJECTS : SETTINGS[setting].companions;
  const random = createRandom(found.length === 0 && seed !== undefined ? seed : hashString(normalized));
  // Companions keep their most fitting first three on top; defaults are all equally good.
  const mixed = found.length === 0 ? random.shuffle(pool) : [...random.shuffle(pool.slice(0, 3)), ...pool.slice(3)];
  const companions = mixed.filter((name) => !named.includes(name));
  const ordered = [...named];
  for (let i = 0; ordered.length < MAX_SUBJECTS && (i < companions.length || i < variants.length); i++) {
    for (const name of [companions[i], variants[i]]) if (name && !ordered.includes(name)) ordered.push(name);
  }
  const index = getEmojiIndex();
  const subjects = ordered
    .slice(0, MAX_SUBJECTS)
    .map((name) => index.byName.get(name))
    .filter((entry): entry is EmojiEntry => entry !== undefined)
    .map(artRefFor);
  return { subjects, setting, named: Math.min(named.length, subjects.length), words };
}
