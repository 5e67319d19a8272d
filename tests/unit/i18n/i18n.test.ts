import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOCALE,
  LOCALES,
  createTranslator,
  formatDate,
  formatNumber,
  getMessages,
  hasMessage,
  negotiateLocale,
  translate,
  type Locale,
  type MessageKey,
  type Messages,
} from "@/lib/i18n";

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, `${path}.`)) out.set(k, v);
  }
  return out;
}

const flat = (locale: Locale) => flatten(getMessages(locale) as unknown as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("negotiateLocale", () => {
  it("falls back to English with nothing to go on", () => {
    expect(negotiateLocale()).toBe("en");
    expect(negotiateLocale(undefined, "")).toBe(DEFAULT_LOCALE);
    expect(negotiateLocale(undefined, "de-DE,es;q=0.8,*;q=0.5")).toBe("en");
  });

  it("lets a valid cookie win over Accept-Language", () => {
    expect(negotiateLocale("fr", "en-US,en;q=0.9")).toBe("fr");
    expect(negotiateLocale("en", "fr-FR,fr;q=0.9")).toBe("en");
  });

  it("ignores an unknown cookie", () => {
    expect(negotiateLocale("klingon", "fr")).toBe("fr");
    expect(negotiateLocale("", "fr-CA")).toBe("fr");
  });

  it("folds regional variants", () => {
    expect(negotiateLocale(undefined, "fr-CA")).toBe("fr");
    expect(negotiateLocale(undefined, "FR_be")).toBe("fr");
    expect(negotiateLocale(undefined, "en-GB")).toBe("en");
  });

  it("honours q-values rather than order", () => {
    expect(negotiateLocale(undefined, "en;q=0.4, fr-CA;q=0.9")).toBe("fr");
    expect(negotiateLocale(undefined, "fr;q=0.5,en;q=0.8")).toBe("en");
    expect(negotiateLocale(undefined, "de, fr;q=0.7, en;q=0.3")).toBe("fr");
  });

  it("keeps header order for equal weights and skips q=0 and malformed weights", () => {
    expect(negotiateLocale(undefined, "fr, en")).toBe("fr");
    expect(negotiateLocale(undefined, "fr;q=0, en;q=0.1")).toBe("en");
    expect(negotiateLocale(undefined, "fr;q=abc, en;q=0.2")).toBe("en");
  });
});

describe("message catalogues", () => {
  const reference = flat("en");

  it.each(LOCALES)("%s has exactly the English keys", (locale) => {
    expect([...flat(locale).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(LOCALES)("%s has no empty message", (locale) => {
    for (const [key, text] of flat(locale)) expect(text.trim(), key).not.toBe("");
  });

  it.each(LOCALES)("%s uses the same placeholders as English for every key", (locale) => {
    for (const [key, text] of flat(locale)) expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ""));
  });

  it("gives every plural family an `other` form", () => {
    for (const key of reference.keys()) {
      const family = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
      if (family) expect(reference.has(`${family[1]}_other`), key).toBe(true);
    }
  });
});

describe("translator", () => {
  const tEn = createTranslator("en");
  const tFr = createTranslator("fr");

  it("looks up nested keys", () => {
    expect(tEn("app.name")).toBe("Inkwell");
    expect(tEn("nav.library")).toBe("Library");
    expect(tFr("nav.library")).toBe("Bibliothèque");
    expect(tFr("auth.errors.emailTaken")).toBe("Un compte utilise déjà cette adresse e-mail.");
  });

  it("interpolates variables", () => {
    expect(tEn("nav.signedInAs", { name: "Ada" })).toBe("Signed in as Ada");
    expect(tFr("nav.signedInAs", { name: "Ada" })).toBe("Connecté en tant que Ada");
    expect(tEn("common.estimatedCost", { amount: "$0.04" })).toBe("Estimated cost: $0.04");
  });

  it("formats numeric variables for the locale", () => {
    expect(tEn("common.percentDone", { percent: 1234 })).toBe("1,234% done");
    expect(tFr("common.percentDone", { percent: 50 })).toBe("50\u00a0% terminé");
  });

  it("chooses plural forms with each language's rules", () => {
    expect(tEn("common.imageCount", { count: 0 })).toBe("0 images");
    expect(tEn("common.imageCount", { count: 1 })).toBe("1 image");
    expect(tEn("common.imageCount", { count: 2 })).toBe("2 images");
    // French counts zero as singular.
    expect(tFr("common.imageCount", { count: 0 })).toBe("0 image");
    expect(tFr("common.imageCount", { count: 1 })).toBe("1 image");
    expect(tFr("common.pageCount", { count: 2 })).toBe("2 pages");
    // French "many" (a million) has no form of its own and falls back to `other`.
    expect(tFr("common.imageCount", { count: 1_000_000 })).toMatch(/^1\s000\s000 images$/);
  });

  it("leaves unknown placeholders and keys visible", () => {
    const messages: Messages = getMessages("en");
    expect(translate(messages, "nav.signedInAs", {}, "en")).toBe("Signed in as {name}");
    expect(translate(messages, "nope.missing" as MessageKey)).toBe("nope.missing");
  });

  it("narrows run-time keys", () => {
    const messages = getMessages("fr");
    expect(hasMessage(messages, "common.save")).toBe(true);
    expect(hasMessage(messages, "common.imageCount")).toBe(true);
    expect(hasMessage(messages, "common")).toBe(false);
    expect(hasMessage(messages, "common.nothing")).toBe(false);
  });
});

describe("formatters", () => {
  it("formats numbers and dates per locale", () => {
    expect(formatNumber("en", 1234.5)).toBe("1,234.5");
    expect(formatNumber("fr", 1234.5)).toMatch(/^1\s234,5$/);
    expect(formatNumber("en", 0.04, { style: "currency", currency: "USD" })).toBe("$0.04");
    const date = Date.UTC(2025, 6, 14, 12);
    expect(formatDate("en", date, { dateStyle: "long", timeZone: "UTC" })).toBe("July 14, 2025");
    expect(formatDate("fr", new Date(date), { dateStyle: "long", timeZone: "UTC" })).toBe("14 juillet 2025");
  });
});

describe("translator types", () => {
  it("rejects unknown keys and missing or mistyped variables (checked by tsc)", () => {
    const t = createTranslator("en");
    const typeChecks = () => [
      // @ts-expect-error: not a key
      t("nav.nowhere"),
      // @ts-expect-error: `name` is required
      t("nav.signedInAs"),
      // @ts-expect-error: `count` must be a number
      t("common.imageCount", { count: "3" }),
      // @ts-expect-error: raw plural forms are not keys; use the family name
      t("common.imageCount_one", { count: 1 }),
      // @ts-expect-error: this message takes no variables
      t("common.save", { name: "x" }),
    ];
    expect(typeof typeChecks).toBe("function");
  });
});
