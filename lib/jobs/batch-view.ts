import "server-only";
import { getBatchOrThrow, listBatchJobStates, type BatchRecord } from "@/lib/db/batches";
import type { JobState } from "@/lib/db/jobs";
import { microToUsd } from "@/lib/shared/money";
import type { BatchView } from "@/lib/shared/views";
import { markBatchFinished } from "./transitions";

type SubjectFields = Pick<JobState, "id" | "segmentId" | "subject">;

/** What a batch job is about: its segment, its subject (a book page's slot), or the job itself when it has neither. */
function subjectOf(job: SubjectFields): string {
  if (job.segmentId) return `segment:${job.segmentId}`;
  return job.subject ? `subject:${job.subject}` : `job:${job.id}`;
}

/** The latest job of each subject, in the order the subjects were first queued. */
export function latestPerSubject<T extends SubjectFields>(jobs: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const job of jobs) latest.set(subjectOf(job), job);
  return [...latest.values()];
}

/** A batch's state computed from its jobs: running while any job is queued or running. */
export function summarizeBatch(batch: BatchRecord, jobs: readonly JobState[]): BatchView {
  const current = latestPerSubject(jobs);
  const count = (status: string) => current.filter((j) => j.status === status).length;
  const counts = { total: current.length, done: count("succeeded"), failed: count("failed"), canceled: count("canceled"), remaining: count("queued") + count("running") };
  const status = counts.remaining > 0 ? "running" : batch.status === "canceled" ? "canceled" : "finished";
  const progressSum = current.reduce((sum, j) => sum + (j.status === "queued" || j.status === "running" ? j.progress : 100), 0);
  return {
    id: batch.id,
    scriptId: batch.scriptId,
    bookId: batch.bookId,
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

/** The batches' views from their jobs; a batch found finished is recorded as such. */
export async function viewBatches(batches: readonly BatchRecord[]): Promise<BatchView[]> {
  const jobs = await listBatchJobStates({ batchIds: batches.map((b) => b.id) });
  return Promise.all(
    batches.map(async (batch) => {
      const view = summarizeBatch(batch, jobs.filter((j) => j.batchId === batch.id));
      if (view.status === "finished" && batch.status === "running") await markBatchFinished({ id: batch.id });
      return view;
    }),
  );
}

export async function getBatchView({ id, userId }: { id: string; userId: string }): Promise<BatchView> {
  const [view] = await viewBatches([await getBatchOrThrow({ id, userId })]);
  return view!;
}
