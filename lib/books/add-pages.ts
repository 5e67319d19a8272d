import "server-only";
import { appendBookPages, getBookOrThrow } from "@/lib/db/books";
import { pagesForImages } from "./pages/load";
import { MAX_BOOK_PAGES, type AddPages } from "@/lib/shared/books/schema";
import { getBookView, type BookView } from "./view";

/** Appends library pages to the user's book, in the order given (an image may appear more than once). */
export async function addBookPages({ id, userId, input }: { id: string; userId: string; input: AddPages }): Promise<BookView> {
  await getBookOrThrow({ id, userId });
  const pages = await pagesForImages({ userId, imageIds: input.imageIds });
  await appendBookPages({ id, userId, pages, maxPages: MAX_BOOK_PAGES });
  return getBookView({ id, userId });
}
