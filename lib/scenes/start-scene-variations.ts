import "server-only";
import { z } from "zod";
import { MAX_VARIATIONS } from "./schema";
import { descriptionSchema, requireCustomStyle, sceneSettingsShape, startDescriptionVariations } from "./start-scene";
import { startVariations } from "./start-variations";

const countMessage = `Ask for 1 to ${MAX_VARIATIONS} variations.`;
// Settings that belong to a description: an image's variations keep the image's own.
const DESCRIPTION_ONLY = ["style", "customStyle", "aspect", "references"] as const;

/** `POST /api/scenes/variations`: typed variations of a description, or of a scene image in the library. */
export const sceneVariationsRequestSchema = z
  .object({
    description: descriptionSchema.optional(),
    imageId: z.string().trim().min(1).max(100).optional(),
    count: z.number({ error: countMessage }).int(countMessage).min(1, countMessage).max(MAX_VARIATIONS, countMessage),
    style: sceneSettingsShape.style.unwrap().optional(),
    customStyle: sceneSettingsShape.customStyle,
    aspect: sceneSettingsShape.aspect.unwrap().optional(),
    engine: sceneSettingsShape.engine,
    model: sceneSettingsShape.model,
    quality: sceneSettingsShape.quality,
    references: sceneSettingsShape.references.unwrap().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.description === undefined) === (value.imageId === undefined)) {
      ctx.addIssue({ code: "custom", path: ["description"], message: "Send a `description` or an `imageId`, not both." });
    }
    if (value.imageId !== undefined) {
      for (const key of DESCRIPTION_ONLY) {
        if (value[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: "An image's variations keep its own settings." });
      }
    }
    requireCustomStyle(value, ctx);
  });
export type SceneVariationsRequest = z.output<typeof sceneVariationsRequestSchema>;

/** Queues the variations; each job's image carries its `variationType`. */
export async function startSceneVariations({ userId, request }: { userId: string; request: SceneVariationsRequest }): Promise<{ jobIds: string[] }> {
  const { count, engine, model, quality } = request;
  if (request.imageId !== undefined) return startVariations({ userId, imageId: request.imageId, request: { count, engine, model, quality } });
  const { jobs } = await startDescriptionVariations({
    userId,
    count,
    request: {
      description: request.description!,
      style: request.style ?? "cinematic",
      customStyle: request.customStyle,
      aspect: request.aspect ?? "16:9",
      engine,
      model,
      quality,
      references: request.references ?? [],
    },
  });
  return { jobIds: jobs.map((job) => job.id) };
}
