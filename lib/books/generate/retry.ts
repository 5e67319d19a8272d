import "server-only";
import { listBatchJobs, type BatchRecord } from "@/lib/db/batches";
import { getBookOrThrow } from "@/lib/db/books";
import { AppError } from "@/lib/errors";
import { enqueueJobs, getBatchView, latestPerSubject } from "@/lib/jobs";
import type { JobRecord } from "@/lib/db/jobs";
import type { JobDraft } from "@/lib/jobs";
import type { BatchView } from "@/lib/shared/views";
import { bookCoverJob } from "../cover/openai/draw-cover";
import { BOOK_COVER_KIND } from "../cover/openai/run-cover";
import { bookCoverJobInputSchema } from "../cover/openai/schema";
import { BOOK_SCRIPT_PAGE_KIND } from "../script/run-script-page";
import { bookScriptPageJob } from "../script/script-page-jobs";
import { bookScriptPageJobInputSchema } from "../script/schema";
import { bookPageJob } from "./page-jobs";
import { BOOK_PAGE_KIND } from "./run-book-page";
import { bookPageJobInputSchema } from "./schema";

function nothingToRetry(): AppError {
  return new AppError("conflict:nothing_to_retry", "No failed or canceled page is left to retry in this batch.");
}

/** The same job again, from its stored input: a theme's page, a script's scene, or the cover picture. */
function retryDraft(job: JobRecord, bookId: string, userId: string): JobDraft[] {
  if (job.kind === BOOK_COVER_KIND) {
    const input = bookCoverJobInputSchema.safeParse(JSON.parse(job.input));
    return input.success && input.data.bookId === bookId ? [bookCoverJob({ userId, input: input.data })] : [];
  }
  if (job.kind === BOOK_SCRIPT_PAGE_KIND) {
    const input = bookScriptPageJobInputSchema.safeParse(JSON.parse(job.input));
    return input.success && input.data.bookId === bookId ? [bookScriptPageJob({ userId, input: input.data })] : [];
  }
  if (job.kind !== BOOK_PAGE_KIND) return [];
  const input = bookPageJobInputSchema.safeParse(JSON.parse(job.input));
  if (!input.success || input.data.bookId !== bookId) return [];
  // Estimated as it was queued: a page after the first, or a redrawn page with a reference, is an edit.
  const withReference = input.data.replacePageId ? input.data.referenceImageId !== undefined : input.data.slot > 0;
  return [bookPageJob({ userId, input: input.data, withReference })];
}

/**
 * New jobs, in the same batch, for the book's pages whose latest job failed or was canceled, each
 * with its page's stored plan (scene, seed, engine, quality, slot), so it lands in its planned
 * place (or on the page it redraws) when it is made. Checked against the budget as a whole, in
 * the transaction that queues them; a page already queued again is not queued twice.
 */
export async function retryBookBatch({ batch, userId }: { batch: BatchRecord & { bookId: string }; userId: string }): Promise<BatchView> {
  await getBookOrThrow({ id: batch.bookId, userId });
  const retried = latestPerSubject(await listBatchJobs({ batchId: batch.id })).filter(
    (job) => job.subject !== null && (job.status === "failed" || job.status === "canceled"),
  );
  const jobs = retried.flatMap((job) => retryDraft(job, batch.bookId, userId));
  if (jobs.length === 0) throw nothingToRetry();
  await enqueueJobs({ userId, batch: { addTo: batch.id }, plan: () => ({ jobs, skipBusy: "subject", whenEmpty: nothingToRetry }) });
  return getBatchView({ id: batch.id, userId });
}
