import "server-only";
import { getBatchOrThrow, listBatchJobs, type BatchRecord } from "@/lib/db/batches";
import { getScriptOrThrow, listSegments } from "@/lib/db/scripts";
import { AppError } from "@/lib/errors";
import type { Aspect } from "@/lib/images/prompts/scene";
import { cancelBatchJobs, enqueueJobs, getBatchView, latestPerSubject } from "@/lib/jobs";
import { estimateScenes, resettleScene, settleScene } from "@/lib/scenes/plan";
import { DEFAULT_SCENE_QUALITY, sceneJobInputSchema } from "@/lib/scenes/schema";
import type { BatchView } from "@/lib/shared/views";
import { sceneJob } from "./scene-jobs";

/** Cancels the batch's queued and running jobs; images already made are kept. */
export async function cancelBatch({ id, userId }: { id: string; userId: string }): Promise<BatchView> {
  await getBatchOrThrow({ id, userId });
  await cancelBatchJobs({ userId, batchId: id });
  return getBatchView({ id, userId });
}

function nothingToRetry(): AppError {
  return new AppError("conflict:nothing_to_retry", "No failed or canceled segment is left to retry in this batch.");
}

/**
 * New jobs, in the same batch, for the segments whose latest job failed or was canceled, with
 * the same engine and quality and the segment's current text and style. Checked against the
 * budget as a whole, in the transaction that queues them.
 */
export async function retryScriptBatch({ batch, userId }: { batch: BatchRecord & { scriptId: string }; userId: string }): Promise<BatchView> {
  const id = batch.id;
  const script = await getScriptOrThrow({ id: batch.scriptId, userId });
  const segments = new Map((await listSegments({ scriptId: script.id })).map((s) => [s.id, s]));
  const retried = latestPerSubject(await listBatchJobs({ batchId: id })).filter(
    (job) => (job.status === "failed" || job.status === "canceled") && job.segmentId && segments.has(job.segmentId),
  );
  if (retried.length === 0) throw nothingToRetry();
  const jobs = retried.map((job) => {
    const previous = sceneJobInputSchema.safeParse(JSON.parse(job.input));
    const scene = previous.success ? resettleScene(previous.data) : settleScene({ fallback: DEFAULT_SCENE_QUALITY });
    const estimate = estimateScenes({ ...scene, aspect: script.aspect as Aspect, count: 1, references: script.references.length });
    return sceneJob({ script, segment: segments.get(job.segmentId!)!, scene, estimatedCostMicroUsd: estimate.perImageMicroUsd });
  });
  await enqueueJobs({ userId, batch: { addTo: id }, plan: () => ({ jobs, skipBusy: "segmentId", whenEmpty: nothingToRetry }) });
  return getBatchView({ id, userId });
}
