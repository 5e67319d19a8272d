import { db } from "@/lib/db/client";
import { log } from "@/lib/log";

export interface RecoverOptions {
  /** A running job whose worker has not been heard from for this long is considered lost. */
  staleMs: number;
  maxAttempts: number;
}

/**
 * Puts jobs whose worker died (server stopped, process killed) back in the queue, or fails them
 * with a clear reason once they have used all their attempts. Never leaves a job "running" forever.
 */
export async function recoverStaleJobs({ staleMs, maxAttempts }: RecoverOptions): Promise<{ requeued: number; failed: number }> {
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
  if (failed.count + requeued.count > 0) {
    log.warn("recovered interrupted jobs", { requeued: requeued.count, failed: failed.count });
  }
  return { requeued: requeued.count, failed: failed.count };
}
