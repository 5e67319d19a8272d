import { ART_CREDITS, type ArtCredit } from "@/lib/images/offline/credits";

/** The typeface every book is set in (its text pages, cover and page numbers). */
const TYPEFACE: ArtCredit = {
  key: "fredoka",
  name: "Fredoka, copyright 2016 The Fredoka Project Authors",
  license: "OFL-1.1",
  url: "https://github.com/hafontia/Fredoka-One",
  usage: "Book text (via the @fontsource/fredoka package)",
};

/** Where each licence can be read, for the credits page. */
export const LICENSE_URLS: Readonly<Record<string, string>> = {
  "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
  "OFL-1.1": "https://openfontlicense.org",
  MIT: "https://opensource.org/license/mit",
  "Apache-2.0": "https://www.apache.org/licenses/LICENSE-2.0",
};

/**
 * Whether a page was drawn from the offline engine's bundled artwork: its theme pages and
 * anything edited from a page (which may have been one). Photo traces use no artwork.
 */
export function usesBundledArt(image: { engine: string; kind: string }): boolean {
  return (image.engine === "offline" && image.kind !== "photo") || image.kind === "edit";
}

/**
 * What the credits page names: every bundled art credit when offline art is in the book (its
 * pages, or a cover composed from the artwork), and always the typeface.
 */
export function bookCredits({ images, composedCover }: { images: ReadonlyArray<{ engine: string; kind: string }>; composedCover: boolean }): ArtCredit[] {
  const art = composedCover || images.some(usesBundledArt) ? [...ART_CREDITS] : [];
  if (!art.some((credit) => /fredoka/i.test(credit.name))) art.push(TYPEFACE);
  return art;
}
