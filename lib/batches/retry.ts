import "server-only";
import { retryBookBatch } from "@/lib/books/generate/retry";
import { getBatchOrThrow } from "@/lib/db/batches";
import { AppError } from "@/lib/errors";
import { retryScriptBatch } from "@/lib/scripts/batch-actions";
import type { BatchView } from "@/lib/shared/views";

/**
 * Queues again, in the same batch, the work whose latest job failed or was canceled: a script's
 * segments or a book's pages, by what the batch belongs to. Another user's batch, or one whose
 * script or book is gone, is not found.
 */
export async function retryBatch({ id, userId }: { id: string; userId: string }): Promise<BatchView> {
  const batch = await getBatchOrThrow({ id, userId });
  const { scriptId, bookId } = batch;
  if (scriptId) return retryScriptBatch({ batch: { ...batch, scriptId }, userId });
  if (bookId) return retryBookBatch({ batch: { ...batch, bookId }, userId });
  throw new AppError("not_found:batch", "This batch does not exist.");
}
