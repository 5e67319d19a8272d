import { findLatestBatch, getBatchOrThrow, listBatchJobs, markBatchFinished, type BatchRecord } from "@/lib/db/batches";
import type { JobRecord } from "@/lib/db/jobs";
import type { BatchView } from "@/lib/shared/views";
import { microToUsd } from "@/lib/shared/money";

/** The latest job of each segment, in the order the segments were first queued. */
export function latestPerSegment(jobs: readonly JobRecord[]): JobRecord[] {
  const latest = new Map<string, JobRecord>();
  for (const job of jobs) latest.set(job.segmentId ?? `job:${job.id}`, job);
  return [...latest.values()];
}

/** A batch's state computed from its jobs: running while any job is queued or running. */
export function summarizeBatch(batch: BatchRecord, jobs: readonly JobRecord[]): BatchView {
  const current = latestPerSegment(jobs);
  const count = (status: string) => current.filter((j) => j.status === status).length;
  const counts = { total: current.length, done: count("succeeded"), failed: count("failed"), canceled: count("canceled"), remaining: count("queued") + count("running") };
  const status = counts.remaining > 0 ? "running" : batch.status === "canceled" ? "canceled" : "finished";
  const progressSum = current.reduce((sum, j) => sum + (j.status === "queued" || j.status === "running" ? j.progress : 100), 0);
  return {
    id: batch.id,
    scriptId: batch.scriptId,
    status,
    counts,
    progress: counts.total === 0 ? 100 : Math.round(progressSum / counts.total),
    estimatedCostUsd: microToUsd(batch.estimatedCostMicroUsd),
    costUsd: microToUsd(jobs.reduce((sum, j) => sum + j.costMicroUsd, 0)),
    jobs: current.map((j) => ({
      jobId: j.id,
      segmentId: j.segmentId,
      status: j.status,
      progress: j.status === "succeeded" ? 100 : j.progress,
      stage: j.stage,
      error: j.errorCode ? { code: j.errorCode, message: j.errorMessage ?? "" } : null,
      imageIds: j.imageIds,
      costUsd: microToUsd(j.costMicroUsd),
    })),
  };
}

async function viewOf(batch: BatchRecord): Promise<BatchView> {
  const view = summarizeBatch(batch, await listBatchJobs({ batchId: batch.id }));
  if (view.status === "finished" && batch.status === "running") await markBatchFinished({ id: batch.id });
  return view;
}

export async function getBatchView({ id, userId }: { id: string; userId: string }): Promise<BatchView> {
  return viewOf(await getBatchOrThrow({ id, userId }));
}

export async function getLatestBatchView({ scriptId, userId }: { scriptId: string; userId: string }): Promise<BatchView | null> {
  const batch = await findLatestBatch({ scriptId, userId });
  return batch ? viewOf(batch) : null;
}
