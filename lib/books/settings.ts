import type { BookRecord, BookSettingsWrite } from "@/lib/db/books";
import { isLocale } from "@/lib/i18n/locales";
import { isTrimId } from "@/lib/shared/books/layout";
import type { CreateBook, PatchBook } from "@/lib/shared/books/schema";
import type { BookSettings } from "@/lib/shared/books/views";

export type { BookSettings } from "@/lib/shared/books/views";

/** The settings of a saved book (values outside the known sets fall back to the defaults). */
export function settingsOf(book: BookRecord): BookSettings {
  return {
    trim: isTrimId(book.trim) ? book.trim : "letter",
    printOnDemand: book.printOnDemand ? { bleed: book.bleed, paper: book.paper === "cream" ? "cream" : "white" } : null,
    blankBacks: book.blankBacks,
    pageNumbers: book.pageNumbers,
    frontMatter: { titlePage: book.titlePage, belongsTo: book.belongsTo, credits: book.creditsPage },
    language: isLocale(book.language) ? book.language : "en",
  };
}

type SettingsInput = Omit<Partial<CreateBook & PatchBook>, "pages" | "coverImageId">;

/** The columns to write for validated input; what the input leaves out is left as it is. */
export function settingsWrite(input: SettingsInput): BookSettingsWrite {
  const out: BookSettingsWrite = {};
  if (input.title !== undefined) out.title = input.title;
  if (input.subtitle !== undefined) out.subtitle = input.subtitle;
  if (input.author !== undefined) out.author = input.author;
  if (input.blurb !== undefined) out.blurb = input.blurb;
  if (input.theme !== undefined) out.theme = input.theme;
  if (input.language !== undefined) out.language = input.language;
  if (input.trim !== undefined) out.trim = input.trim;
  if (input.printOnDemand !== undefined) {
    out.printOnDemand = input.printOnDemand !== null;
    if (input.printOnDemand) {
      out.bleed = input.printOnDemand.bleed;
      out.paper = input.printOnDemand.paper;
    }
  }
  if (input.blankBacks !== undefined) out.blankBacks = input.blankBacks;
  if (input.pageNumbers !== undefined) out.pageNumbers = input.pageNumbers;
  if (input.frontMatter?.titlePage !== undefined) out.titlePage = input.frontMatter.titlePage;
  if (input.frontMatter?.belongsTo !== undefined) out.belongsTo = input.frontMatter.belongsTo;
  if (input.frontMatter?.credits !== undefined) out.creditsPage = input.frontMatter.credits;
  if (input.coverSeed !== undefined) out.coverSeed = input.coverSeed;
  return out;
}
