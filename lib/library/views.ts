import type { ImageRecord } from "@/lib/db/images";
import type { JobRecord } from "@/lib/db/jobs";
import type { ImageView, JobView } from "@/lib/shared/views";
import { microToUsd } from "@/lib/shared/money";

export function toImageView(image: ImageRecord): ImageView {
  return {
    id: image.id,
    kind: image.kind,
    title: image.title,
    prompt: image.prompt,
    revisedPrompt: image.revisedPrompt,
    engine: image.engine,
    model: image.model,
    options: JSON.parse(image.options) as unknown,
    width: image.width,
    height: image.height,
    bytes: image.bytes,
    sha256: image.sha256,
    usage: { inputTokens: image.inputTokens, outputTokens: image.outputTokens },
    costUsd: microToUsd(image.costMicroUsd),
    parentId: image.parentId,
    segmentId: image.segmentId,
    variationType: image.variationType,
    createdAt: image.createdAt.toISOString(),
    fileUrl: `/api/images/${image.id}/file`,
    pdfUrl: `/api/images/${image.id}/pdf`,
  };
}

export function toJobView(job: JobRecord): JobView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.status === "succeeded" ? 100 : job.progress,
    stage: job.stage,
    engine: job.engine,
    model: job.model,
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
