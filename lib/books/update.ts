import "server-only";
import { applyBookPatch, getBookOrThrow, listBookPages, listOwnedImages, type BookPageRecord, type BookPageWrite } from "@/lib/db/books";
import { AppError } from "@/lib/errors";
import { pagesForImages } from "./pages/load";
import type { PageArt } from "./pages/measure";
import type { PatchBook } from "@/lib/shared/books/schema";
import { settingsWrite } from "./settings";
import { getBookView, type BookView } from "./view";

type PagePatch = NonNullable<PatchBook["pages"]>[number];

/**
 * The new ordered list of pages: listed ids must be the book's own, each once; an image already
 * in the book is not measured again. Reordering, replacing (a kept id with another image) and
 * removing (an id left out) are all this one list.
 */
async function checkPages(userId: string, list: readonly PagePatch[], existing: readonly BookPageRecord[]): Promise<BookPageWrite[]> {
  const byId = new Map(existing.map((p) => [p.id, p]));
  const seen = new Set<string>();
  list.forEach((page, index) => {
    if (!page.id) return;
    if (!byId.has(page.id)) throw new AppError("not_found:page", `Page ${index + 1}: this book has no such page.`, { pageId: page.id });
    if (seen.has(page.id)) throw new AppError("invalid:pages", `Page ${index + 1}: the same page is listed twice.`, { pageId: page.id });
    seen.add(page.id);
  });
  const known = new Map<string, PageArt>(existing.map((p) => [p.imageId, { crop: p.crop, color: p.color }]));
  const measured = await pagesForImages({ userId, imageIds: list.map((p) => p.imageId), known });
  return list.map((page, index) => ({ id: page.id, ...measured[index]! }));
}

/** Changes a book's settings, cover and pages; everything is checked before one transaction saves it. */
export async function updateBook({ id, userId, patch }: { id: string; userId: string; patch: PatchBook }): Promise<BookView> {
  await getBookOrThrow({ id, userId });
  const settings = settingsWrite(patch);
  if (patch.coverImageId !== undefined) {
    if (patch.coverImageId !== null && (await listOwnedImages({ userId, ids: [patch.coverImageId] })).length === 0) {
      throw new AppError("not_found:image", "This image does not exist.", { imageId: patch.coverImageId });
    }
    settings.coverImageId = patch.coverImageId;
  }
  const pages = patch.pages ? await checkPages(userId, patch.pages, await listBookPages({ bookId: id, userId })) : undefined;
  await applyBookPatch({ id, userId, settings, pages });
  return getBookView({ id, userId });
}
