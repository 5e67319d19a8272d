import "server-only";
import { getBookOrThrow, listBookPages, type BookPageRecord, type BookRecord } from "@/lib/db/books";
import { AppError } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n";
import { log } from "@/lib/log";
import type { Locale } from "@/lib/i18n/locales";
import { slugify } from "@/lib/scripts/export-names";
import { bookDownloadName } from "@/lib/shared/download-names";
import { zipStream } from "@/lib/scripts/export/zip";
import { blobStore } from "@/lib/storage";
import { makeCoverPicture } from "./cover/picture";
import { bookCredits } from "./credits";
import { coverGeometry, KDP_RULES, type BookLayout } from "@/lib/shared/books/layout";
import { buildCoverPdf } from "./pdf/cover";
import { buildInteriorPdf, type InteriorPageSource } from "./pdf/interior";
import type { BookText } from "./pdf/front-matter";
import type { BookExportPart } from "@/lib/shared/books/schema";
import { settingsOf } from "./settings";
import { layoutOf } from "./view";

/** A file to download. */
export interface BookFile {
  body: Uint8Array | ReadableStream<Uint8Array>;
  contentType: string;
  filename: string;
}

async function readBlob(storageKey: string, imageId: string): Promise<Buffer> {
  const bytes = await blobStore().get(storageKey);
  if (!bytes) {
    log.error("image record without its file", { imageId });
    throw new AppError("not_found:image_file", "A page's image file is missing.", { imageId });
  }
  return bytes;
}

/** Refuses a book that cannot be printed as it is, saying what to change. */
function assertPrintable(layout: BookLayout, part: BookExportPart): void {
  const [problem] = part === "zip" ? layout.problems.filter((p) => p === "no_pages") : layout.problems;
  if (problem === "no_pages") throw new AppError("conflict:no_pages", "Add pages to the book first.");
  if (problem === "too_few_pages") {
    throw new AppError("conflict:too_few_pages", `A print-on-demand book needs at least ${KDP_RULES.minPages} pages; this one has ${layout.pageCount}. Add pages, or turn on blank backs.`, { pageCount: layout.pageCount });
  }
  if (problem === "too_many_pages") {
    throw new AppError("conflict:too_many_pages", `A print-on-demand book can have at most ${KDP_RULES.maxPages} pages; this one has ${layout.pageCount}.`, { pageCount: layout.pageCount });
  }
}

function bookText(book: BookRecord): BookText & { blurb: string | null } {
  return { title: book.title, subtitle: book.subtitle, author: book.author, blurb: book.blurb, year: book.createdAt.getFullYear() };
}

async function interior(book: BookRecord, pages: readonly BookPageRecord[], layout: BookLayout): Promise<Uint8Array> {
  const settings = settingsOf(book);
  const sources = new Map<string, InteriorPageSource>(
    pages.map((p) => [p.id, { imageId: p.imageId, crop: p.crop, color: p.color, read: () => readBlob(p.image.storageKey, p.imageId) }]),
  );
  const credits = bookCredits({ images: pages.map((p) => p.image), composedCover: settings.printOnDemand !== null && !book.coverImageId });
  return buildInteriorPdf({ book: bookText(book), layout, sources, credits, t: createTranslator(settings.language) });
}

async function cover(book: BookRecord, pages: readonly BookPageRecord[], layout: BookLayout): Promise<Uint8Array> {
  const settings = settingsOf(book);
  if (!settings.printOnDemand) {
    throw new AppError("conflict:not_print_on_demand", "The wraparound cover is for print-on-demand books: turn print-on-demand on first.");
  }
  const geometry = coverGeometry({ trim: settings.trim, pageCount: layout.pageCount, paper: settings.printOnDemand.paper });
  const picture = await makeCoverPicture({ book, pages, box: geometry.frontArt });
  return buildCoverPdf({ book: bookText(book), geometry, picture: picture.png, palette: picture.palette });
}

function pagesZip(book: BookRecord, pages: readonly BookPageRecord[]): ReadableStream<Uint8Array> {
  const digits = Math.max(2, String(pages.length).length);
  return zipStream(
    pages.map((p, index) => ({
      name: `${String(index + 1).padStart(digits, "0")}-${slugify(p.image.title, 40, { skipStopWords: true, maxWords: 5 }) || "page"}.png`,
      read: async () => new Uint8Array(await readBlob(p.image.storageKey, p.imageId)),
    })),
  );
}

/**
 * One part of the user's book: the interior PDF, the wraparound cover PDF (print-on-demand), or
 * a ZIP of the page PNGs as they are in the library, in book order.
 */
export async function exportBook({ id, userId, part, locale = "en" }: { id: string; userId: string; part: BookExportPart; locale?: Locale }): Promise<BookFile> {
  const book = await getBookOrThrow({ id, userId });
  const pages = await listBookPages({ bookId: id, userId });
  const layout = layoutOf(book, pages);
  assertPrintable(layout, part);
  const filename = bookDownloadName(book.title, part, locale);
  if (part === "zip") return { body: pagesZip(book, pages), contentType: "application/zip", filename };
  if (part === "cover") return { body: await cover(book, pages, layout), contentType: "application/pdf", filename };
  return { body: await interior(book, pages, layout), contentType: "application/pdf", filename };
}
