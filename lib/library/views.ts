import type { ImageRecord } from "@/lib/db/images";
import type { JobRecord } from "@/lib/db/jobs";

/** An image as the API and the pages show it: no storage key, no owner id. */
export interface ImageView {
  id: string;
  kind: string;
  title: string;
  prompt: string;
  revisedPrompt: string | null;
  engine: string;
  model: string;
  options: unknown;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  usage: { inputTokens: number; outputTokens: number };
  costUsd: number;
  parentId: string | null;
  segmentId: string | null;
  variationType: string | null;
  createdAt: string;
  fileUrl: string;
  pdfUrl: string;
}

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
    costUsd: image.costMicroUsd / 1_000_000,
    parentId: image.parentId,
    segmentId: image.segmentId,
    variationType: image.variationType,
    createdAt: image.createdAt.toISOString(),
    fileUrl: `/api/images/${image.id}/file`,
    pdfUrl: `/api/images/${image.id}/pdf`,
  };
}

export interface JobView {
  id: string;
  kind: string;
  status: string;
  progress: number;
  stage: string | null;
  engine: string;
  model: string;
  imageIds: string[];
  cached: boolean;
  estimatedCostUsd: number;
  costUsd: number;
  error: { code: string; message: string } | null;
  previewUrl: string | null;
  attempts: number;
  batchId: string | null;
  segmentId: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
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
    estimatedCostUsd: job.estimatedCostMicroUsd / 1_000_000,
    costUsd: job.costMicroUsd / 1_000_000,
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
