import { createTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import type { PlainMessageKey } from "@/lib/i18n/types";
import { slugify } from "@/lib/scripts/export-names";

// Download names say what the file is in the reader's language: `coloring-dinosaurs.png` in
// English, `coloriage-dinosaures.png` in French. The words live in the catalogues (`downloads`).

const KIND_WORDS: Readonly<Record<string, PlainMessageKey>> = {
  coloring: "downloads.coloring",
  photo: "downloads.photo",
  scene: "downloads.scene",
  variation: "downloads.variation",
  edit: "downloads.edit",
};

/** `coloriage-des-dinosaures-a-la-plage.pdf`: an image's download name. */
export function imageDownloadName(image: { kind: string; title: string }, extension: "png" | "pdf" | "svg", locale: Locale): string {
  const t = createTranslator(locale);
  const word = t(KIND_WORDS[image.kind] ?? "downloads.image");
  const slug = slugify(image.title, 60) || t("downloads.image");
  return `${word}-${slug}.${extension}`;
}

/** `script-coffee-history`: the stem of a script's downloads (and of the folder inside its ZIPs). */
export function scriptBaseName(title: string, locale: Locale): string {
  const t = createTranslator(locale);
  return `${t("downloads.script")}-${slugify(title, 60) || t("downloads.untitled")}`;
}

/** `script-coffee-history.zip`, `script-coffee-history-fcpxml.zip`. */
export function scriptDownloadName(title: string, extension: string, locale: Locale, format?: string): string {
  return `${scriptBaseName(title, locale)}${format ? `-${format}` : ""}.${extension}`;
}

const BOOK_PARTS = { zip: ["downloads.bookPages", "zip"], cover: ["downloads.bookCover", "pdf"], interior: ["downloads.bookInterior", "pdf"] } as const;

/** `my-ocean-book-cover.pdf` / `mon-livre-couverture.pdf`: one part of a book. */
export function bookDownloadName(title: string, part: keyof typeof BOOK_PARTS, locale: Locale): string {
  const t = createTranslator(locale);
  const [word, extension] = BOOK_PARTS[part];
  return `${slugify(title, 60) || t("downloads.book")}-${t(word)}.${extension}`;
}
