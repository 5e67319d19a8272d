import "server-only";
import { db } from "@/lib/db/client";

/**
 * Running jobs whose worker went silent (server stopped, process killed) go back to the queue,
 * or fail with a clear reason once they have used all their attempts. Never "running" forever.
 */
export async function recoverStaleJobs({ staleMs, maxAttempts }: { staleMs: number; maxAttempts: number }): Promise<{ requeued: number; failed: number }> {
  const cutoff = new Date(Date.now() - staleMs);
  const stale = { status: "running", OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: cutoff } }] };
  const failed = await db().job.updateMany({
    where: { ...stale, attempts: { gte: maxAttempts } },
    data: {
      status: "failed",
      errorCode: "unavailable:interrupted",
      errorMessage: "The server stopped while this image was being made, too many times. Please try again.",
      costMicroUsd: 0,
      lockedBy: null,
      previewKey: null,
      finishedAt: new Date(),
    },
  });
  const requeued = await db().job.updateMany({
    where: { ...stale, attempts: { lt: maxAttempts } },
    data: { status: "queued", lockedBy: null, progress: 0, stage: "requeued", previewKey: null },
  });
  return { requeued: requeued.count, failed: failed.count };
}
