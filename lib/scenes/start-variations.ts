import "server-only";
import { z } from "zod";
import { getImageOrThrow, listTakenVariationTypes } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { isEngineAvailable } from "@/lib/images/engine-choice";
import type { EngineId } from "@/lib/shared/options";
import { pickVariationTypes, VARIATION_TYPES, variationTypeSchema, type VariationType } from "@/lib/images/prompts/scene";
import { enqueueJobs } from "@/lib/jobs";
import { estimateScenes, settleScene } from "./plan";
import { MAX_VARIATIONS, sceneEngineSchema, sceneModelSchema, sceneQualitySchema, type VariationJobInput } from "./schema";
import { sceneOptionsOf } from "./source";

export const variationRequestSchema = z
  .object({
    count: z.number().int().min(1, "Ask for 1 to 5 variations.").max(MAX_VARIATIONS, "Ask for 1 to 5 variations."),
    engine: sceneEngineSchema.optional(),
    model: sceneModelSchema.optional(),
    quality: sceneQualitySchema.optional(),
  })
  .strict();
export type VariationRequest = z.output<typeof variationRequestSchema>;

/** The types to make now: `count` types not taken yet, or a clear refusal past five in all. */
function chooseTypes(count: number, taken: readonly string[]): VariationType[] {
  const used = taken.flatMap((t) => {
    const parsed = variationTypeSchema.safeParse(t);
    return parsed.success ? [parsed.data] : [];
  });
  const left = VARIATION_TYPES.length - used.length;
  if (left > 0 && count > left) {
    throw new AppError("invalid:variations", `Only ${left} more variation${left === 1 ? "" : "s"} can be made for this scene (${MAX_VARIATIONS} at most, one of each type).`, { left });
  }
  return pickVariationTypes(count, used);
}

/**
 * Queues `count` variations of a scene image, each of a variation type not used yet for it
 * (close-up, wide shot, another angle, other lighting, other mood): five at most in all. The same
 * engine as the image by default.
 */
export async function startVariations({ userId, imageId, request }: { userId: string; imageId: string; request: VariationRequest }): Promise<{ jobIds: string[] }> {
  const source = await getImageOrThrow({ id: imageId, userId });
  const scene = sceneOptionsOf(source);
  if (!scene) throw new AppError("invalid:variations", "Variations can only be made of script scenes (images made for a segment).");
  const sourceEngine = sceneEngineSchema.safeParse(source.engine);
  const preferred: EngineId | undefined = request.engine ?? (request.model ? undefined : sourceEngine.success && isEngineAvailable(sourceEngine.data) ? sourceEngine.data : undefined);
  const settled = settleScene({ engine: preferred, model: request.model, quality: request.quality, fallback: scene.quality });
  const { engine, quality } = settled;
  const estimate = estimateScenes({ ...settled, aspect: scene.aspect, count: request.count, references: scene.references.length });
  const { jobs } = await enqueueJobs({
    userId,
    plan: async (reads) => {
      // Read and chosen inside the transaction, so two requests at once cannot take the same type.
      const taken = await reads.run(listTakenVariationTypes, { userId, sourceImageId: source.id, segmentId: source.segmentId });
      return {
        jobs: chooseTypes(request.count, taken).map((variationType) => {
          const input: VariationJobInput = { engine, quality, model: settled.model, requestedModel: settled.requestedModel, sourceImageId: source.id, variationType };
          return { userId, kind: "variation", input, engine, model: estimate.model, estimatedCostMicroUsd: estimate.perImageMicroUsd, segmentId: source.segmentId ?? undefined };
        }),
      };
    },
  });
  return { jobIds: jobs.map((j) => j.id) };
}
