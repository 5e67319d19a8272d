import "server-only";
import { getScriptOrThrow, listSegments } from "@/lib/db/scripts";
import { AppError } from "@/lib/errors";
import type { Aspect } from "@/lib/images/prompts/scene";
import { enqueueJobs } from "@/lib/jobs";
import { estimateScenes, settleScene } from "@/lib/scenes/plan";
import { DEFAULT_SCENE_QUALITY } from "@/lib/scenes/schema";
import { sceneJob } from "./scene-jobs";
import { selectTargets } from "./selection";
import type { IllustrateRequest } from "./schema";
import { microToUsd } from "@/lib/shared/money";

export interface IllustrateResult {
  batchId: string;
  jobIds: string[];
  estimatedCostUsd: number;
}

/**
 * Starts one batch: a scene job per segment asked for (by default every segment without an
 * image; with `segmentIds`, those of the selection without one, or all of them with `redraw`). Segments already being illustrated are skipped. The whole batch's estimate is checked
 * against the monthly budget in the same transaction, so a refused batch queues nothing.
 */
export async function illustrateScript({ userId, scriptId, request }: { userId: string; scriptId: string; request: IllustrateRequest }): Promise<IllustrateResult> {
  const script = await getScriptOrThrow({ id: scriptId, userId });
  const settled = settleScene({ engine: request.engine, model: request.model, quality: request.quality, fallback: DEFAULT_SCENE_QUALITY });
  const segments = await listSegments({ scriptId });
  const targets = selectTargets(segments, { segmentIds: request.segmentIds, redraw: request.redraw });
  if (targets.length === 0) {
    throw new AppError("conflict:nothing_to_illustrate", "Every segment asked for already has an image. Ask for a redraw to draw them again.");
  }
  const estimate = estimateScenes({ ...settled, aspect: script.aspect as Aspect, count: targets.length, references: script.references.length });
  const { batchId, jobs, estimatedCostMicroUsd } = await enqueueJobs({
    userId,
    batch: { owner: { scriptId } },
    plan: () => ({
      jobs: targets.map((segment) => sceneJob({ script, segment, scene: settled, estimatedCostMicroUsd: estimate.perImageMicroUsd })),
      skipBusy: "segmentId",
      whenEmpty: () => new AppError("conflict:nothing_to_illustrate", "Every one of these segments is already being illustrated."),
    }),
  });
  return { batchId: batchId!, jobIds: jobs.map((j) => j.id), estimatedCostUsd: microToUsd(estimatedCostMicroUsd) };
}
