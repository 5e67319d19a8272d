import { createCachedJob, createJob, type JobRecord, type NewJob } from "@/lib/db/jobs";
import { findCachedImage } from "@/lib/db/images";
import { assertQueueRoom } from "@/lib/limits/queue-room";
import { emitJobQueued } from "./events";

export interface EnqueueResult {
  job: JobRecord;
  /** True when an identical earlier image was found: the job is already finished, at no cost. */
  cached: boolean;
}

/**
 * Starts a generation: returns a finished job at once when the cache has the same image (unless
 * bypassed), otherwise checks the monthly budget and queues the job for a runner.
 */
export async function enqueueGeneration(job: NewJob & { cacheKey?: string }): Promise<EnqueueResult> {
  const { cacheKey, ...rest } = job;
  if (cacheKey && !job.bypassCache) {
    const hit = await findCachedImage({ userId: job.userId, cacheKey });
    if (hit) return { job: await createCachedJob({ ...rest, imageId: hit.id }), cached: true };
  }
  await assertQueueRoom({ userId: job.userId, jobs: 1, addMicroUsd: job.estimatedCostMicroUsd ?? 0 });
  const created = await createJob(rest);
  emitJobQueued();
  return { job: created, cached: false };
}
