import "server-only";
import { listBookBatches } from "@/lib/db/batches";
import { viewBatches } from "@/lib/jobs";
import type { BatchView } from "@/lib/shared/views";

/** How many of a book's newest batches are looked at: older ones are long settled. */
export const BOOK_BATCHES_LOOKED_AT = 10;

/**
 * The book's batches still worth showing, newest first: those making pages, and finished ones
 * with pages that failed or were canceled (which can be retried). A canceled batch is left out.
 */
export async function listOpenBookBatches({ bookId, userId }: { bookId: string; userId: string }): Promise<BatchView[]> {
  const views = await viewBatches(await listBookBatches({ bookId, userId, take: BOOK_BATCHES_LOOKED_AT }));
  return views.filter((view) => view.status === "running" || (view.status === "finished" && view.counts.failed + view.counts.canceled > 0));
}
