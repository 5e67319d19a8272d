import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "./client";
import { imageSelect, type ImageRecord } from "./images";

export interface BookRecord {
  id: string;
  userId: string;
  title: string;
  subtitle: string | null;
  author: string | null;
  blurb: string | null;
  theme: string | null;
  language: string;
  trim: string;
  printOnDemand: boolean;
  bleed: boolean;
  paper: string;
  blankBacks: boolean;
  pageNumbers: boolean;
  titlePage: boolean;
  belongsTo: boolean;
  creditsPage: boolean;
  coverSeed: number;
  coverImageId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The columns a book's settings are saved in. */
export type BookSettingsWrite = Partial<Omit<BookRecord, "id" | "userId" | "createdAt" | "updatedAt">>;

/** Where a page's ink is in its image, in pixels. */
export interface CropBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A page as saved: an `id` keeps an existing page, none creates one. */
export interface BookPageWrite {
  id?: string;
  imageId: string;
  crop: CropBox;
  color: boolean;
}

export interface BookPageRecord extends Required<BookPageWrite> {
  position: number;
  image: ImageRecord;
}

const bookSelect = {
  id: true, userId: true, title: true, subtitle: true, author: true, blurb: true, theme: true, language: true, trim: true,
  printOnDemand: true, bleed: true, paper: true, blankBacks: true, pageNumbers: true, titlePage: true, belongsTo: true,
  creditsPage: true, coverSeed: true, coverImageId: true, createdAt: true, updatedAt: true,
} as const;

const NOT_FOUND = () => new AppError("not_found:book", "This book does not exist.");

export async function createBookRecord({ userId, settings }: { userId: string; settings: BookSettingsWrite & { title: string; trim: string } }): Promise<BookRecord> {
  return db().book.create({ data: { ...settings, userId }, select: bookSelect });
}

/** The book if it is the user's; a foreign and a missing book look the same. */
export async function getBookOrThrow({ id, userId }: { id: string; userId: string }): Promise<BookRecord> {
  const book = await db().book.findFirst({ where: { id, userId }, select: bookSelect });
  if (!book) throw NOT_FOUND();
  return book;
}

export interface BookSummary {
  id: string;
  title: string;
  trim: string;
  printOnDemand: boolean;
  pageCount: number;
  /** The first page's image, for a thumbnail. */
  firstImageId: string | null;
  updatedAt: Date;
}

/** The user's books, most recently changed first. */
export async function listBookSummaries({ userId }: { userId: string }): Promise<BookSummary[]> {
  const rows = await db().book.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    take: 500,
    select: {
      id: true, title: true, trim: true, printOnDemand: true, updatedAt: true,
      _count: { select: { pages: true } },
      pages: { orderBy: { position: "asc" }, take: 1, select: { imageId: true } },
    },
  });
  return rows.map(({ _count, pages, ...row }) => ({ ...row, pageCount: _count.pages, firstImageId: pages[0]?.imageId ?? null }));
}

/** The pages of the user's book in order, each with its image (the user's own, by construction). */
export async function listBookPages({ bookId, userId }: { bookId: string; userId: string }): Promise<BookPageRecord[]> {
  const rows = await db().bookPage.findMany({
    where: { bookId, book: { userId }, image: { userId } },
    orderBy: { position: "asc" },
    select: { id: true, position: true, imageId: true, crop: true, color: true, image: { select: imageSelect } },
  });
  return rows.map((row) => ({ ...row, crop: JSON.parse(row.crop) as CropBox }));
}

export async function countBookPages({ bookId }: { bookId: string }): Promise<number> {
  return db().bookPage.count({ where: { bookId } });
}

/** The user's images among these ids (others' and missing ones are simply absent). */
export async function listOwnedImages({ userId, ids }: { userId: string; ids: readonly string[] }): Promise<ImageRecord[]> {
  if (ids.length === 0) return [];
  return db().image.findMany({ where: { userId, id: { in: [...ids] } }, select: imageSelect });
}

/**
 * Appends pages after the book's last one, in one transaction that also checks the book is the
 * user's and stays within `maxPages`.
 */
export async function appendBookPages({ id, userId, pages, maxPages }: { id: string; userId: string; pages: readonly Omit<BookPageWrite, "id">[]; maxPages: number }): Promise<void> {
  await db().$transaction(async (tx) => {
    const touched = await tx.book.updateMany({ where: { id, userId }, data: { updatedAt: new Date() } });
    if (touched.count !== 1) throw NOT_FOUND();
    const count = await tx.bookPage.count({ where: { bookId: id } });
    if (count + pages.length > maxPages) {
      throw new AppError("invalid:page_count", `A book can have at most ${maxPages} pages; this one has ${count}.`, { fields: { imageIds: `At most ${maxPages - count} more pages.` } });
    }
    const last = await tx.bookPage.aggregate({ where: { bookId: id }, _max: { position: true } });
    const start = (last._max.position ?? -1) + 1;
    await tx.bookPage.createMany({
      data: pages.map((page, index) => ({ bookId: id, position: start + index, imageId: page.imageId, crop: JSON.stringify(page.crop), color: page.color })),
    });
  });
}

/**
 * Saves a checked change of a book in one transaction: its settings, and when `pages` is given,
 * the whole ordered list (listed ids kept or given another image, new pages created, unlisted
 * ones deleted). Page ids must already be known to belong to the book.
 */
export async function applyBookPatch({ id, userId, settings, pages }: { id: string; userId: string; settings: BookSettingsWrite; pages?: readonly BookPageWrite[] }): Promise<void> {
  await db().$transaction(async (tx) => {
    const updated = await tx.book.updateMany({ where: { id, userId }, data: { ...settings, updatedAt: new Date() } });
    if (updated.count !== 1) throw NOT_FOUND();
    if (!pages) return;
    const keep = pages.flatMap((p) => (p.id ? [p.id] : []));
    await tx.bookPage.deleteMany({ where: { bookId: id, id: { notIn: keep } } });
    for (const [position, page] of pages.entries()) {
      const data = { position, imageId: page.imageId, crop: JSON.stringify(page.crop), color: page.color };
      if (page.id) await tx.bookPage.updateMany({ where: { id: page.id, bookId: id }, data });
      else await tx.bookPage.create({ data: { ...data, bookId: id }, select: { id: true } });
    }
  });
}

/** Deletes the book and its pages; the images stay in the library. */
export async function deleteBookRecord({ id, userId }: { id: string; userId: string }): Promise<void> {
  const deleted = await db().book.deleteMany({ where: { id, userId } });
  if (deleted.count !== 1) throw NOT_FOUND();
}
