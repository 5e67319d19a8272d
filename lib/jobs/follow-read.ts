import "server-only";
import { listBatches, listBatchJobStates } from "@/lib/db/batches";
import { listJobChanges, listJobStates, type JobState } from "@/lib/db/jobs";
import type { BatchView, FollowSnapshot, JobView } from "@/lib/shared/views";
import { viewBatches } from "./batch-view";
import { toJobView } from "./job-view";

/** What to follow: jobs and batches by id; neither means every job and batch of the user. */
export interface FollowTarget {
  jobIds: readonly string[];
  batchIds: readonly string[];
}

/** A job or a batch as it is now, with the time of its latest change (its version). */
export type FollowItem = { type: "job"; view: JobView; version: number } | { type: "batch"; view: BatchView; version: number };

function latest(jobs: readonly Pick<JobState, "updatedAt">[]): number {
  return jobs.reduce((max, j) => Math.max(max, j.updatedAt.getTime()), 0);
}

async function batchItems(userId: string, ids: readonly string[]): Promise<FollowItem[]> {
  const batches = await listBatches({ userId, ids });
  const [views, jobs] = await Promise.all([viewBatches(batches), listBatchJobStates({ batchIds: batches.map((b) => b.id) })]);
  return views.map((view) => ({ type: "batch", view, version: latest(jobs.filter((j) => j.batchId === view.id)) }));
}

/** The followed jobs and batches as they are now, and the ids that no longer exist (or are another user's). */
export async function readFollowed(userId: string, target: FollowTarget): Promise<{ items: FollowItem[]; missing: FollowSnapshot["missing"] }> {
  const [jobs, batches] = await Promise.all([listJobStates({ userId, ids: target.jobIds }), batchItems(userId, target.batchIds)]);
  const items: FollowItem[] = [...jobs.map((job): FollowItem => ({ type: "job", view: toJobView(job), version: job.updatedAt.getTime() })), ...batches];
  const found = new Set(items.map((item) => item.view.id));
  return {
    items,
    missing: { jobs: target.jobIds.filter((id) => !found.has(id)), batches: target.batchIds.filter((id) => !found.has(id)) },
  };
}

/** The followed jobs and batches (all the user's when the target names none) changed after `after`. */
export async function readChanges(userId: string, target: FollowTarget, after: Date): Promise<FollowItem[]> {
  const all = target.jobIds.length === 0 && target.batchIds.length === 0;
  const changed = await listJobChanges({ userId, after, ...(all ? {} : { jobIds: target.jobIds, batchIds: target.batchIds }) });
  const jobIds = new Set(target.jobIds);
  const batchIds = new Set(target.batchIds);
  const jobs = changed.filter((job) => all || jobIds.has(job.id));
  const touched = [...new Set(changed.flatMap((job) => (job.batchId && (all || batchIds.has(job.batchId)) ? [job.batchId] : [])))];
  return [...jobs.map((job): FollowItem => ({ type: "job", view: toJobView(job), version: job.updatedAt.getTime() })), ...(await batchItems(userId, touched))];
}

/** `GET /api/follow`: one answer for the polling fallback of a live view. */
export async function getFollowSnapshot({ userId, target }: { userId: string; target: FollowTarget }): Promise<FollowSnapshot> {
  const { items, missing } = await readFollowed(userId, target);
  return {
    jobs: items.flatMap((item) => (item.type === "job" ? [item.view] : [])),
    batches: items.flatMap((item) => (item.type === "batch" ? [item.view] : [])),
    missing,
  };
}
