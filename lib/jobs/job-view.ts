import type { JobState } from "@/lib/db/jobs";
import { microToUsd } from "@/lib/shared/money";
import type { JobView } from "@/lib/shared/views";

/** A job as the API shows it: no input, no owner, no worker. */
export function toJobView(job: JobState): JobView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.status === "succeeded" ? 100 : job.progress,
    stage: job.stage,
    engine: job.engine,
    model: job.model,
    modelSwitchedFrom: job.modelSwitchedFrom,
    imageIds: job.imageIds,
    cached: job.cacheHit,
    estimatedCostUsd: microToUsd(job.estimatedCostMicroUsd),
    costUsd: microToUsd(job.costMicroUsd),
    error: job.errorCode ? { code: job.errorCode, message: job.errorMessage ?? "" } : null,
    previewUrl: job.previewKey && job.status === "running" ? `/api/jobs/${job.id}/preview` : null,
    attempts: job.attempts,
    batchId: job.batchId,
    segmentId: job.segmentId,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
