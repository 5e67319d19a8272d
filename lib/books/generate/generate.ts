import "server-only";
import { applyBookPatch, countBookPages, getBookOrThrow } from "@/lib/db/books";
import { AppError } from "@/lib/errors";
import { enqueueJobs } from "@/lib/jobs";
import { MAX_BOOK_PAGES } from "@/lib/shared/books/schema";
import { microToUsd } from "@/lib/shared/money";
import { bookPageJob, settleBookPages } from "./page-jobs";
import { planBookPages } from "./plan-pages";
import type { GenerateBookRequest } from "./schema";

/** What starting a book's pages answers (202): the batch to follow, its jobs and its estimate. */
export interface BookBatchStarted {
  batchId: string;
  jobIds: string[];
  estimatedCostUsd: number;
}

/**
 * Plans the book's pages from a theme and queues one job per page in one batch owned by the book.
 * The whole batch's estimate is checked against the monthly budget in the transaction that
 * queues it, so a refused book queues nothing. Each page joins the book, in the planned order,
 * when it is made.
 */
export async function generateBookPages({ id, userId, request }: { id: string; userId: string; request: GenerateBookRequest }): Promise<BookBatchStarted> {
  const book = await getBookOrThrow({ id, userId });
  const existing = await countBookPages({ bookId: id });
  if (existing + request.pages > MAX_BOOK_PAGES) {
    const message = `A book can have at most ${MAX_BOOK_PAGES} pages; this one has ${existing}.`;
    throw new AppError("invalid:page_count", message, { fields: { pages: `At most ${MAX_BOOK_PAGES - existing} more pages.` } });
  }
  const settled = settleBookPages({ trim: book.trim, ...request });
  const plan = planBookPages({ theme: request.theme, count: request.pages });
  const jobs = plan.pages.map((page, slot) =>
    bookPageJob({
      userId,
      input: { ...settled, theme: page.theme, seed: page.seed, bookId: id, slot, character: plan.character, ...(settled.engine === "openai" ? { bookTheme: request.theme, bookPages: request.pages } : {}) },
      withReference: slot > 0,
    }),
  );
  const { batchId, jobs: queued, estimatedCostMicroUsd } = await enqueueJobs({ userId, batch: { owner: { bookId: id } }, plan: () => ({ jobs }) });
  // The theme also chooses the offline cover's subjects, unless the book already has one.
  if (!book.theme) await applyBookPatch({ id, userId, settings: { theme: request.theme } });
  return { batchId: batchId!, jobIds: queued.map((job) => job.id), estimatedCostUsd: microToUsd(estimatedCostMicroUsd) };
}
