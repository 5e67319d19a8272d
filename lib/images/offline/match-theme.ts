import type { ArtRef } from "./art";
import { BLOCKED_WORDS } from "./blocked-words";
import { getEmojiIndex, searchEmoji, type EmojiEntry } from "./emoji-index";
import { nounFor } from "./nouns";
import { createRandom, hashString } from "./random";
import { DEFAULT_SUBJECTS, SETTINGS, type SettingId } from "./settings";
import { normalizeText, PLURAL_CUES, SINGULAR_CUES, STOP_WORDS, wordForms } from "./text";
import { THEME_PHRASES, THEME_WORDS, type DesignWord, type ThemeWord } from "./theme-words";

/** A named subject the theme asks for several of ("des dinosaures"). */
export interface PluralSubject {
  name: string;
  /** Other artwork for the same word (a T. rex for "dinosaurs"), used before repeating the subject. */
  variants: string[];
  /** The count the theme gives ("three cats"), or null for a plain plural. */
  count: number | null;
}

/** What a free-text theme means for the offline composer. */
export interface ThemeMatch {
  /** Subjects in order of importance: the ones the theme names first, then fitting companions. */
  subjects: ArtRef[];
  setting: SettingId;
  /** How many of the first subjects the theme names itself (the rest are companions). */
  named: number;
  /** Named subjects asked for in the plural, in the order the theme names them. */
  plural: PluralSubject[];
  /** A kind of design the theme asks for by name ("mandala"), if any. */
  design: DesignWord | null;
  /** Whether the theme names any subject or setting (otherwise the subjects are friendly defaults). */
  understood: boolean;
  /** The theme's content words, normalized (lower case, no accents, no stop words). */
  words: string[];
}

interface Found {
  at: number;
  meaning: ThemeWord;
  plural: boolean;
  count: number | null;
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

/** Reads a number or determiner just before a word: several ("des", "two") or exactly one ("a"). */
function cueBefore(previous: string | undefined): { plural: boolean; singular: boolean; count: number | null } {
  const count = previous === undefined ? undefined : PLURAL_CUES.get(previous);
  return { plural: count !== undefined, singular: previous !== undefined && SINGULAR_CUES.has(previous), count: count ?? null };
}

/** A phrase and its plural spellings: "easter eggs", "oeufs de paques", "feux d artifice". */
function phraseForms(phrase: string): Array<{ text: string; plural: boolean }> {
  const words = phrase.split(" ");
  const last = words.length - 1;
  const inflect = (word: string): string => (/(eu|eau)$/.test(word) ? `${word}x` : `${word}s`);
  const english = [...words.slice(0, last), inflect(words[last] ?? "")].join(" ");
  const french = [inflect(words[0] ?? ""), ...words.slice(1)].join(" ");
  return [
    { text: phrase, plural: false },
    ...[...new Set([english, french])].filter((text) => text !== phrase).map((text) => ({ text, plural: true })),
  ];
}

function findMeanings(normalized: string, words: string[]): Found[] {
  const found: Found[] = [];
  let rest = ` ${normalized} `;
  for (const [phrase, meaning] of THEME_PHRASES) {
    for (const form of phraseForms(phrase)) {
      const at = rest.indexOf(` ${form.text} `);
      if (at < 0) continue;
      const cue = cueBefore(rest.slice(0, at).trim().split(" ").pop());
      found.push({ at, meaning, plural: !cue.singular && (cue.plural || form.plural), count: cue.count });
      rest = rest.slice(0, at) + " ".repeat(form.text.length + 1) + rest.slice(at + form.text.length + 1);
    }
  }
  let cursor = 0;
  let previous: string | undefined;
  for (const word of rest.split(" ")) {
    const at = cursor;
    cursor += word.length + 1;
    if (!word) continue;
    const cue = cueBefore(previous);
    previous = word;
    if (word.length < 2 || STOP_WORDS.has(word) || PLURAL_CUES.has(word)) continue;
    words.push(word);
    const forms = wordForms(word);
    if (forms.some((form) => BLOCKED_WORDS.has(form))) continue;
    const curated = forms.find((form) => THEME_WORDS.has(form));
    const emojiForm = curated ? undefined : forms.find((form) => searchEmoji(form));
    const entry = emojiForm ? searchEmoji(emojiForm) : undefined;
    const meaning = curated ? THEME_WORDS.get(curated) : entry ? { art: [entry.name], setting: settingForSubgroup(entry.subgroup) } : undefined;
    if (!meaning) continue;
    const inflected = (curated ?? emojiForm) !== word;
    found.push({ at, meaning, plural: !cue.singular && (cue.plural || inflected), count: cue.count });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Setting words first, then scene-setting words ("Halloween"), then the first subject's setting. */
function chooseSetting(found: readonly Found[]): SettingId {
  return (
    found.find((f) => f.meaning.setting && !f.meaning.art)?.meaning.setting ??
    found.find((f) => f.meaning.setting && f.meaning.generic)?.meaning.setting ??
    found.find((f) => f.meaning.setting)?.meaning.setting ??
    (found.some((f) => f.meaning.art) ? "plain" : "meadow")
  );
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
  const design = found.find((f) => f.meaning.design)?.meaning.design ?? null;
  const subjectsFound = found.filter((f) => f.meaning.art);
  const setting = chooseSetting(found);
  const strongSetting = found.some((f) => f.meaning.setting && !f.meaning.art);
  const specific = subjectsFound.some((f) => !f.meaning.generic);
  const named: string[] = [];
  const labels = new Map<string, { en: string; fr: string }>();
  const variants: string[] = [];
  const plural: PluralSubject[] = [];
  for (const { meaning, plural: several, count } of subjectsFound) {
    if (meaning.generic && (strongSetting || specific)) continue;
    const art = meaning.art ?? [];
    const swap = meaning.inSetting?.[setting];
    const [first, ...others] = swap ? [swap, ...art.filter((name) => name !== swap)] : art;
    if (!first || named.includes(first)) continue;
    named.push(first);
    if (meaning.label && !swap) labels.set(first, meaning.label);
    if (several) {
      variants.push(...others);
      plural.push({ name: first, variants: others, count });
    }
  }
  const nothing = found.every((f) => !f.meaning.art && !f.meaning.setting);
  const pool = nothing ? DEFAULT_SUBJECTS : SETTINGS[setting].companions;
  const random = createRandom(nothing && seed !== undefined ? seed : hashString(normalized));
  // Companions keep their most fitting first three on top; defaults are all equally good.
  const mixed = nothing ? random.shuffle(pool) : [...random.shuffle(pool.slice(0, 3)), ...pool.slice(3)];
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
    .map((entry) => {
      const ref = artRefFor(entry);
      const label = labels.get(entry.name);
      return label ? { ...ref, label } : ref;
    });
  const namedCount = Math.min(named.length, subjects.length);
  const kept = new Set(subjects.slice(0, namedCount).map((s) => s.name));
  return { subjects, setting, named: namedCount, plural: plural.filter((p) => kept.has(p.name)), design, understood: !nothing, words };
}
