import "server-only";
import { getImageOrThrow } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { getEngine } from "@/lib/images/engines";
import type { JobContext, JobKind, JobResult } from "@/lib/jobs";
import { drawScene } from "./draw";
import { sceneSeed } from "./seed";
import { loadReferenceImages } from "./references";
import { assertSegmentExists, sceneTitle } from "./run-scene";
import { variationJobInputSchema, type SceneImageOptions } from "./schema";
import { sceneOptionsOf } from "./source";

/** The job handler for one variation of a scene: the same segment, style and references, one variation type. */
export async function runVariationJob({ job, signal, progress, preview }: JobContext): Promise<JobResult> {
  const input = variationJobInputSchema.parse(JSON.parse(job.input));
  const source = await getImageOrThrow({ id: input.sourceImageId, userId: job.userId });
  const scene = sceneOptionsOf(source);
  if (!scene) throw new AppError("invalid:variations", "Variations can only be made of script scenes.");
  const engine = getEngine(input.engine, { model: input.model, purpose: "scene" });
  await progress(2, "preparing");
  const references = await loadReferenceImages({ userId: job.userId, ids: scene.references });
  const drawn = await drawScene({
    engine,
    text: scene.text,
    style: scene.style,
    customStyle: scene.customStyle,
    aspect: scene.aspect,
    variation: input.variationType,
    quality: input.quality,
    seed: sceneSeed(`${scene.text}|${input.variationType}`, scene.style),
    references: references.map((r) => r.png),
    signal,
    userId: job.userId,
    progress,
    preview,
  });
  if (source.segmentId) await assertSegmentExists(source.segmentId, job.userId);
  const options: SceneImageOptions = {
    ...scene,
    quality: input.quality,
    variation: input.variationType,
    references: references.slice(0, drawn.referencesSent).map((r) => r.id),
  };
  return {
    images: [
      {
        png: drawn.png,
        width: drawn.width,
        height: drawn.height,
        kind: "variation",
        title: sceneTitle(scene.text),
        prompt: drawn.prompt,
        revisedPrompt: drawn.revisedPrompt,
        engine: engine.id,
        model: drawn.model,
        options,
        usage: drawn.usage,
        parentId: source.id,
        segmentId: source.segmentId ?? undefined,
        variationType: input.variationType,
      },
    ],
  };
}

export const variationJobKind: JobKind = { kind: "variation", run: runVariationJob };
