import "server-only";
import { db } from "@/lib/db/client";
import { settleJobSpend } from "./settle";

const INTERRUPTED = {
  errorCode: "unavailable:interrupted",
  errorMessage: "The server stopped while this image was being made, too many times. Please try again.",
};

/**
 * Running jobs whose worker went silent (server stopped, process killed) go back to the queue,
 * keeping their reservation, or fail with a clear reason once they have used all their attempts.
 * Never "running" forever. A failed one is settled at what its provider calls were billed, as
 * recorded right after each call (`billedMicroUsd`, over all its attempts): the lost worker's
 * calls still count, and nothing is charged for work never billed.
 */
export async function recoverStaleJobs({ staleMs, maxAttempts }: { staleMs: number; maxAttempts: number }): Promise<{ requeued: number; failed: number }> {
  const cutoff = new Date(Date.now() - staleMs);
  const stale = { status: "running", OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: cutoff } }] };
  const spent = await db().job.findMany({ where: { ...stale, attempts: { gte: maxAttempts } }, select: { id: true, userId: true, createdAt: true, estimatedCostMicroUsd: true, billedMicroUsd: true } });
  let failed = 0;
  for (const job of spent) {
    const done = await db().$transaction(async (tx) => {
      const changed = await tx.job.updateMany({
        where: { id: job.id, ...stale, attempts: { gte: maxAttempts }, billedMicroUsd: job.billedMicroUsd },
        data: { status: "failed", ...INTERRUPTED, costMicroUsd: job.billedMicroUsd, lockedBy: null, previewKey: null, finishedAt: new Date() },
      });
      if (changed.count === 1) await settleJobSpend(tx, job, job.billedMicroUsd);
      return changed.count;
    });
    failed += done;
  }
  const requeued = await db().job.updateMany({
    where: { ...stale, attempts: { lt: maxAttempts } },
    data: { status: "queued", lockedBy: null, progress: 0, stage: "requeued", previewKey: null },
  });
  return { requeued: requeued.count, failed };
}
