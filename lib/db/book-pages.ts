import "server-only";
import type { DbClient } from "./client";
import type { CropBox } from "./books";

/** A page a job made, with its measure. */
export interface GeneratedPage {
  bookId: string;
  imageId: string;
  crop: CropBox;
  color: boolean;
}

/**
 * Adds a generated page where its plan puts it, whatever order the batch's pages finish in:
 * right after the batch's page of the nearest earlier slot, else right before the one of the
 * nearest later slot, else after the book's last page. Pages behind it move one place down.
 * A book deleted meanwhile takes nothing (the image stays in the library).
 */
export async function placeGeneratedPage(client: DbClient, page: GeneratedPage & { batchId: string; slot: number }): Promise<void> {
  const touched = await client.book.updateMany({ where: { id: page.bookId }, data: { updatedAt: new Date() } });
  if (touched.count !== 1) return;
  const siblings = await client.bookPage.findMany({ where: { bookId: page.bookId, batchId: page.batchId }, select: { slot: true, position: true } });
  const before = siblings.filter((s) => (s.slot ?? -1) < page.slot).sort((a, b) => (b.slot ?? 0) - (a.slot ?? 0))[0];
  const after = siblings.filter((s) => (s.slot ?? -1) > page.slot).sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0))[0];
  let position: number;
  if (before) position = before.position + 1;
  else if (after) position = after.position;
  else {
    const last = await client.bookPage.aggregate({ where: { bookId: page.bookId }, _max: { position: true } });
    position = (last._max.position ?? -1) + 1;
  }
  await client.bookPage.updateMany({ where: { bookId: page.bookId, position: { gte: position } }, data: { position: { increment: 1 } } });
  await client.bookPage.create({
    data: { bookId: page.bookId, position, imageId: page.imageId, crop: JSON.stringify(page.crop), color: page.color, batchId: page.batchId, slot: page.slot },
    select: { id: true },
  });
}

/** Puts a new image on an existing page, in place; a page removed meanwhile is left removed. */
export async function replaceGeneratedPage(client: DbClient, page: GeneratedPage & { pageId: string }): Promise<void> {
  const updated = await client.bookPage.updateMany({
    where: { id: page.pageId, bookId: page.bookId },
    data: { imageId: page.imageId, crop: JSON.stringify(page.crop), color: page.color },
  });
  if (updated.count === 1) await client.book.updateMany({ where: { id: page.bookId }, data: { updatedAt: new Date() } });
}

/** Makes a generated picture the book's cover; a book deleted meanwhile takes nothing (the image stays in the library). */
export async function setGeneratedCover(client: DbClient, { bookId, imageId }: { bookId: string; imageId: string }): Promise<void> {
  await client.book.updateMany({ where: { id: bookId }, data: { coverImageId: imageId } });
}
