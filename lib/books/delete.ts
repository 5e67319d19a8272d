import "server-only";
import { listBookBatchIds } from "@/lib/db/batches";
import { deleteBookRecord, getBookOrThrow } from "@/lib/db/books";
import { cancelBatchJobs } from "@/lib/jobs";
import { blobStore } from "@/lib/storage";
import { scenePlanKey } from "./generate/scene-plan";

/**
 * Deletes the user's book and its pages, first canceling the jobs still making its pages (a page
 * finished meanwhile finds no book and stays in the library only). The images stay in the library;
 * the batches' stored scene plans are removed.
 */
export async function deleteBook({ id, userId }: { id: string; userId: string }): Promise<void> {
  await getBookOrThrow({ id, userId });
  const batchIds = await listBookBatchIds({ bookId: id, userId });
  for (const batchId of batchIds) await cancelBatchJobs({ userId, batchId });
  await deleteBookRecord({ id, userId });
  // The scenes the text model planned for its batches go with the book (after the record, so a failed delete keeps them).
  for (const batchId of batchIds) await blobStore().delete(scenePlanKey(batchId)).catch(() => undefined);
}
