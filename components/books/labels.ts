import type { LayoutProblem, TrimId } from "@/lib/shared/books/layout";
import type { PlainMessageKey, Translator } from "@/lib/i18n/types";

const TRIM_KEYS: Readonly<Record<TrimId, PlainMessageKey>> = {
  letter: "books.trims.letter",
  a4: "books.trims.a4",
  "8x10": "books.trims.8x10",
  "8.5x8.5": "books.trims.8_5x8_5",
  "6x9": "books.trims.6x9",
};

export function trimLabel(t: Translator, trim: string): string {
  const key = TRIM_KEYS[trim as TrimId];
  return key ? t(key) : trim;
}

/** What stops the interior from being exported, and what to do about it. */
export function problemText(t: Translator, problem: LayoutProblem, pageCount: number): string {
  if (problem === "no_pages") return t("books.problems.noPages");
  if (problem === "too_few_pages") return t("books.problems.tooFew", { count: pageCount });
  return t("books.problems.tooMany", { count: pageCount });
}
