import { isJobFinished } from "@/components/jobs/job-stage";
import type { JobView } from "@/lib/shared/views";
import type { LiveJob } from "./segment-jobs";
import type { BatchView, ScriptView, SegmentView } from "./types";

function fromJob(job: JobView): LiveJob {
  return { id: job.id, kind: job.kind, status: job.status, progress: job.progress, stage: job.stage, error: job.error };
}

/** A job the studio follows outside a batch: a variation, an edit, or a segment's job found running. */
export interface FollowEntry {
  jobId: string;
  segmentId: string;
  kind: string;
}

/** Jobs to follow one by one: those started here, and segments' jobs found running outside the batch. */
export function followEntries(script: ScriptView | null, batch: BatchView | null, started: readonly FollowEntry[]): FollowEntry[] {
  const inBatch = new Set(batch?.status === "running" ? batch.jobs.map((job) => job.jobId) : []);
  const entries = new Map(started.map((entry) => [entry.jobId, entry]));
  for (const segment of script?.segments ?? []) {
    const job = segment.job;
    if (job && !isJobFinished(job) && !inBatch.has(job.id) && !entries.has(job.id)) {
      entries.set(job.id, { jobId: job.id, segmentId: segment.id, kind: job.kind });
    }
  }
  return [...entries.values()];
}

export interface ActivityInput {
  segment: SegmentView;
  batch: BatchView | null;
  entries: readonly FollowEntry[];
  /** The followed jobs' latest views, and those that can no longer be read (deleted with their segment). */
  jobs: Readonly<Record<string, JobView>>;
  lost: ReadonlySet<string>;
  dismissed: ReadonlySet<string>;
}

/**
 * A segment's jobs as the timeline shows them: every running one (from the batch's answer or
 * from its own poll, whichever is fresher) and its latest job when that one failed or was canceled.
 */
export function segmentActivity({ segment, batch, entries, jobs, lost, dismissed }: ActivityInput): { running: LiveJob[]; failure: LiveJob | null } {
  const live = new Map<string, LiveJob>();
  const batchJobs = new Map((batch?.jobs ?? []).map((job) => [job.jobId, job]));
  if (batch?.status === "running") {
    for (const job of batch.jobs) {
      if (job.segmentId === segment.id && !isJobFinished(job)) {
        live.set(job.jobId, { id: job.jobId, kind: "scene", status: job.status, progress: job.progress, stage: job.stage, error: job.error });
      }
    }
  }
  for (const entry of entries) {
    if (entry.segmentId !== segment.id || live.has(entry.jobId)) continue;
    if (lost.has(entry.jobId)) continue;
    const view = jobs[entry.jobId] ?? (segment.job?.id === entry.jobId ? segment.job : null);
    if (!view) live.set(entry.jobId, { id: entry.jobId, kind: entry.kind, status: "queued", progress: 0, stage: null, error: null });
    else if (!isJobFinished(view)) live.set(entry.jobId, fromJob(view));
  }

  const latest = segment.job;
  if (!latest || dismissed.has(latest.id)) return { running: [...live.values()], failure: null };
  const state = lost.has(latest.id) ? undefined : jobs[latest.id];
  const fromBatch = batchJobs.get(latest.id);
  const current: LiveJob =
    state
      ? fromJob(state)
      : fromBatch
        ? { id: latest.id, kind: latest.kind, status: fromBatch.status, progress: fromBatch.progress, stage: fromBatch.stage, error: fromBatch.error }
        : fromJob(latest);
  const failed = current.status === "failed" || current.status === "canceled";
  return { running: [...live.values()], failure: failed ? current : null };
}
