import "server-only";
import { getBookOrThrow, listBookPages, listBookSummaries, listOwnedImages, type BookPageRecord, type BookRecord } from "@/lib/db/books";
import type { ImageRecord } from "@/lib/db/images";
import { coverGeometry, layoutBook, POINTS_PER_INCH, type BookLayout } from "@/lib/shared/books/layout";
import type { BatchView } from "@/lib/shared/views";
import { listOpenBookBatches } from "./batches";
import { settingsOf } from "./settings";
import type { BookImageView, BookListItem, BookView } from "@/lib/shared/books/views";

export type { BookImageView, BookListItem, BookPageView, BookView } from "@/lib/shared/books/views";

export function toBookImageView(image: ImageRecord): BookImageView {
  return { id: image.id, kind: image.kind, title: image.title, engine: image.engine, width: image.width, height: image.height, fileUrl: `/api/images/${image.id}/file` };
}

/** The layout of a saved book (the same the preview computes in the browser). */
export function layoutOf(book: BookRecord, pages: readonly BookPageRecord[]): BookLayout {
  return layoutBook({ ...settingsOf(book), pages: pages.map((p) => ({ id: p.id, art: { width: p.crop.width, height: p.crop.height } })) });
}

export function toBookView(book: BookRecord, pages: readonly BookPageRecord[], coverImage: ImageRecord | null, batches: BatchView[] = []): BookView {
  const settings = settingsOf(book);
  const layout = layoutOf(book, pages);
  const cover = settings.printOnDemand ? coverGeometry({ trim: settings.trim, pageCount: layout.pageCount, paper: settings.printOnDemand.paper }) : null;
  return {
    id: book.id,
    title: book.title,
    subtitle: book.subtitle,
    author: book.author,
    blurb: book.blurb,
    theme: book.theme,
    ...settings,
    coverSeed: book.coverSeed,
    coverImage: coverImage ? toBookImageView(coverImage) : null,
    pages: pages.map((p) => ({ id: p.id, position: p.position, imageId: p.imageId, image: toBookImageView(p.image), crop: p.crop, color: p.color })),
    interior: { pageCount: layout.pageCount, problems: layout.problems },
    cover: cover
      ? {
          widthInches: cover.media.width / POINTS_PER_INCH,
          heightInches: cover.media.height / POINTS_PER_INCH,
          spineWidthInches: cover.spineWidthInches,
          spineText: cover.spineText !== null,
        }
      : null,
    batches,
    createdAt: book.createdAt.toISOString(),
    updatedAt: book.updatedAt.toISOString(),
  };
}

/** The user's book with its pages, layout summary, cover size and the batches making its pages. */
export async function getBookView({ id, userId }: { id: string; userId: string }): Promise<BookView> {
  const book = await getBookOrThrow({ id, userId });
  const [pages, covers, batches] = await Promise.all([
    listBookPages({ bookId: id, userId }),
    listOwnedImages({ userId, ids: book.coverImageId ? [book.coverImageId] : [] }),
    listOpenBookBatches({ bookId: id, userId }),
  ]);
  return toBookView(book, pages, covers[0] ?? null, batches);
}

export async function listBookViews({ userId }: { userId: string }): Promise<{ items: BookListItem[] }> {
  const rows = await listBookSummaries({ userId });
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      trim: r.trim,
      printOnDemand: r.printOnDemand,
      pageCount: r.pageCount,
      thumbnailUrl: r.firstImageId ? `/api/images/${r.firstImageId}/file` : null,
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}
