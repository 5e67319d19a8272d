import { createTranslator } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

/**
 * "Photo of Dec 1" / "Photo du 1 déc.": a photo page's default title, from the day it was made in
 * the reader's language. A file name ("IMG_2041", "chicky 512") says nothing to a parent, and what
 * the photo shows cannot be known.
 */
export function defaultPhotoTitle(date: Date, locale: Locale, timeZone?: string): string {
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone }).format(date);
  return createTranslator(locale)("photos.defaultTitle", { date: day });
}
