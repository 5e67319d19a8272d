export const LOCALES = ["en", "fr"] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** Cookie holding the reader's chosen language; it wins over Accept-Language. */
export const LOCALE_COOKIE = "inkwell-locale";

/** Each language named in itself, so a reader can always find their own. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  fr: "Français",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** `fr`, `FR`, `fr-CA` and `fr_CA` all map to `fr`; anything unsupported to `undefined`. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : undefined;
}

interface WeightedTag {
  tag: string;
  q: number;
  order: number;
}

function parseAcceptLanguage(header: string): WeightedTag[] {
  const tags: WeightedTag[] = [];
  header.split(",").forEach((part, order) => {
    const [rawTag, ...params] = part.split(";");
    const tag = rawTag?.trim();
    if (!tag) return;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split("=").map((s) => s.trim());
      if (name?.toLowerCase() === "q") q = value !== undefined && /^[01](\.\d{0,3})?$/.test(value) ? Number(value) : 0;
    }
    if (q > 0) tags.push({ tag, q, order });
  });
  // Highest weight first; equal weights keep the order the browser sent.
  return tags.sort((a, b) => b.q - a.q || a.order - b.order);
}

/**
 * Picks the interface language: a valid cookie wins, then the best supported match from
 * Accept-Language (q-values honoured, regional variants folded: `fr-CA` → `fr`), then English.
 */
export function negotiateLocale(cookieValue?: string | null, acceptLanguage?: string | null): Locale {
  const fromCookie = matchLocale(cookieValue);
  if (fromCookie) return fromCookie;
  if (acceptLanguage) {
    for (const { tag } of parseAcceptLanguage(acceptLanguage)) {
      const match = matchLocale(tag);
      if (match) return match;
    }
  }
  return DEFAULT_LOCALE;
}
