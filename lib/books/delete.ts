import "server-only";
import { listBookBatchIds } from "@/lib/db/batches";
import { deleteBookRecord, getBookOrThrow } from "@/lib/db/books";
import { cancelBatchJobs } from "@/lib/jobs";

/**
 * Deletes the user's book and its pages, first canceling the jobs still making its pages (a page
 * finished meanwhile finds no book and stays in the library only). The images stay in the library.
 */
export async function deleteBook({ id, userId }: { id: string; userId: string }): Promise<void> {
  await getBookOrThrow({ id, userId });
  for (const batchId of await listBookBatchIds({ bookId: id, userId })) await cancelBatchJobs({ userId, batchId });
  await deleteBookRecord({ id, userId });
}
