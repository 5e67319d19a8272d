import "server-only";
import type { DbClient } from "@/lib/db/client";
import { jobSelect, toJobRecord, type JobRecord, type NewJob } from "@/lib/db/jobs";

/** A job to insert: queued, or (with `cachedImageId`) already finished from the cache, at no cost. */
export interface JobDraft extends NewJob {
  cachedImageId?: string;
}

/**
 * The jobs' first state: queued, or succeeded at once for a cache hit. `now` is the instant their
 * estimate was reserved: a job's `createdAt` names the month its reservation counts in.
 */
export async function insertJobs(client: DbClient, drafts: readonly JobDraft[], batchId: string | null, now = new Date()): Promise<JobRecord[]> {
  const created: JobRecord[] = [];
  for (const { cachedImageId, ...job } of drafts) {
    const base = { ...job, input: JSON.stringify(job.input), bypassCache: job.bypassCache ?? false, batchId, createdAt: now };
    const data = cachedImageId
      ? { ...base, status: "succeeded", progress: 100, cacheHit: true, imageIds: JSON.stringify([cachedImageId]), estimatedCostMicroUsd: 0, startedAt: now, finishedAt: now }
      : { ...base, status: "queued" };
    created.push(toJobRecord<JobRecord>(await client.job.create({ data, select: jobSelect })));
  }
  return created;
}
