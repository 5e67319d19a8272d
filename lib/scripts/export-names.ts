/** Words too common to describe a scene, in English and French, left out of short names. */
const STOP_WORDS = new Set([
  "a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "with", "for", "by", "from", "into", "is", "are", "its", "this", "that",
  "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "en", "au", "aux", "sur", "dans", "pour", "par", "avec", "ce", "cette", "sa", "son", "ses",
]);

/** Letters that do not decompose into ASCII plus an accent. */
const SPECIAL: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ł: "l", þ: "th", ð: "d", ı: "i" };

export interface SlugOptions {
  /** Leave out stop words ("the", "of", "le", "des"...) unless nothing else is left. */
  skipStopWords?: boolean;
  /** Keep at most this many words. */
  maxWords?: number;
}

/**
 * Text as a file-name-safe slug: lowercase ASCII words joined by "-", accents removed, cut at a
 * word boundary to at most `maxLen` characters (a single longer word is cut). "" when nothing is
 * left. `slugify("Dinosaurs at the beach!")` → "dinosaurs-at-the-beach".
 */
export function slugify(text: string, maxLen = 60, options: SlugOptions = {}): string {
  const words = text
    .toLowerCase()
    .replace(/[ßæœøđłþðı]/g, (ch) => SPECIAL[ch] ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const meaningful = options.skipStopWords ? words.filter((word) => !STOP_WORDS.has(word)) : words;
  const chosen = (meaningful.length > 0 ? meaningful : words).slice(0, options.maxWords ?? words.length);
  let slug = "";
  for (const word of chosen) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLen) break;
    slug = next;
  }
  return slug || (chosen[0] ?? "").slice(0, maxLen);
}

/**
 * The name of a segment's image in a download: 1-based index on three digits, timestamp with
 * "-" for ":", and a few meaningful words, e.g. `003_0-30_historical-coffee.png`.
 */
export function exportFileName(index0: number, timestamp: string, text: string, extension = "png"): string {
  const number = String(index0 + 1).padStart(3, "0");
  const time = timestamp.replace(/:/g, "-").replace(/[^0-9-]/g, "");
  const words = slugify(text, 24, { skipStopWords: true, maxWords: 3 }) || "scene";
  return `${number}_${time}_${words}.${extension}`;
}
