import { assertWithinBudget } from "@/lib/billing/budget";
import { addJobsToBatch, cancelBatchRecord, getBatchOrThrow, listBatchJobs } from "@/lib/db/batches";
import type { NewJob } from "@/lib/db/jobs";
import { getScriptOrThrow, listSegments } from "@/lib/db/scripts";
import { AppError } from "@/lib/errors";
import type { Aspect } from "@/lib/images/prompts/scene";
import { emitJobQueued } from "@/lib/jobs/events";
import { estimateScenes, resolveSceneEngine } from "@/lib/scenes/plan";
import { DEFAULT_SCENE_QUALITY, sceneJobInputSchema } from "@/lib/scenes/schema";
import { getBatchView, latestPerSegment } from "./batch-view";
import type { BatchView } from "@/lib/shared/views";
import { abortJobs } from "./cancel-jobs";
import { sceneJob } from "./scene-jobs";

/** Cancels the batch's queued and running jobs; images already made are kept. */
export async function cancelBatch({ id, userId }: { id: string; userId: string }): Promise<BatchView> {
  await getBatchOrThrow({ id, userId });
  abortJobs(await cancelBatchRecord({ id, userId }));
  return getBatchView({ id, userId });
}

/**
 * New jobs, in the same batch, for the segments whose latest job failed or was canceled, with
 * the same engine and quality and the segment's current text and style. Checked against the
 * budget as a whole first.
 */
export async function retryBatch({ id, userId }: { id: string; userId: string }): Promise<BatchView> {
  const batch = await getBatchOrThrow({ id, userId });
  if (!batch.scriptId) throw new AppError("not_found:batch", "This batch does not exist.");
  const script = await getScriptOrThrow({ id: batch.scriptId, userId });
  const segments = new Map((await listSegments({ scriptId: script.id })).map((s) => [s.id, s]));
  const retried = latestPerSegment(await listBatchJobs({ batchId: id })).filter(
    (job) => (job.status === "failed" || job.status === "canceled") && job.segmentId && segments.has(job.segmentId),
  );
  if (retried.length === 0) throw new AppError("conflict:nothing_to_retry", "No failed or canceled segment is left to retry in this batch.");
  const jobs: NewJob[] = retried.map((job) => {
    const previous = sceneJobInputSchema.safeParse(JSON.parse(job.input));
    const engine = resolveSceneEngine(previous.success ? previous.data.engine : undefined);
    const quality = previous.success ? previous.data.quality : DEFAULT_SCENE_QUALITY;
    const estimate = estimateScenes({ engine, quality, aspect: script.aspect as Aspect, count: 1, references: script.references.length });
    return sceneJob({ script, segment: segments.get(job.segmentId!)!, engine, quality, estimatedCostMicroUsd: estimate.perImageMicroUsd });
  });
  await assertWithinBudget({ userId, addMicroUsd: jobs.reduce((sum, j) => sum + (j.estimatedCostMicroUsd ?? 0), 0) });
  await addJobsToBatch({ batchId: id, userId, jobs });
  emitJobQueued();
  return getBatchView({ id, userId });
}
