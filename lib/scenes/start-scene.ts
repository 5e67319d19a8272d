import "server-only";
import { z } from "zod";
import { listUserImagesByIds } from "@/lib/db/scripts";
import { AppError } from "@/lib/errors";
import { aspectSchema, customStyleSchema, pickVariationTypes, sceneStyleSchema, type VariationType } from "@/lib/images/prompts/scene";
import { enqueueJobs, toJobView } from "@/lib/jobs";
import type { JobView } from "@/lib/shared/views";
import { microToUsd } from "@/lib/shared/money";
import { OFFLINE_MODEL } from "@/lib/scripts/estimate";
import { estimateScenes, settleScene } from "./plan";
import { DEFAULT_SCENE_QUALITY, MAX_REFERENCES, sceneEngineSchema, sceneModelSchema, sceneQualitySchema, type SceneJobInput } from "./schema";
import { sceneSeed } from "./seed";

const id = z.string().trim().min(1).max(100);

/** The scene settings a one-call request may give, beside its description. */
export const sceneSettingsShape = {
  style: sceneStyleSchema.default("cinematic"),
  customStyle: customStyleSchema.optional(),
  aspect: aspectSchema.default("16:9"),
  engine: sceneEngineSchema.optional(),
  model: sceneModelSchema.optional(),
  quality: sceneQualitySchema.optional(),
  /** Library images sent as references (characters, places, a style). */
  references: z.array(id).max(MAX_REFERENCES, `At most ${MAX_REFERENCES} reference images.`).default([]),
};

export const descriptionSchema = z.string({ error: "Describe the scene." }).trim().min(1, "Describe the scene.").max(1000, "Describe the scene in at most 1000 characters.");

export function requireCustomStyle(value: { style?: string; customStyle?: string }, ctx: z.RefinementCtx): void {
  if (value.style === "custom" && !value.customStyle) ctx.addIssue({ code: "custom", path: ["customStyle"], message: "Describe your own style." });
}

/** `POST /api/scenes`: one scene from a description, without a script. */
export const sceneRequestSchema = z
  .object({ description: descriptionSchema, ...sceneSettingsShape })
  .strict()
  .superRefine(requireCustomStyle);
export type SceneRequest = z.output<typeof sceneRequestSchema>;

/** The scenes to draw: one per variation type, or one plain scene. */
interface SceneDrafts {
  userId: string;
  request: SceneRequest;
  variations: readonly (VariationType | undefined)[];
}

async function assertOwnReferences(userId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set((await listUserImagesByIds({ userId, ids })).map((row) => row.id));
  const missing = ids.find((ref) => !found.has(ref));
  if (missing) throw new AppError("not_found:image", "There is no such reference image.", { fields: { references: `There is no image ${missing}.` } });
}

/** Queues scene jobs for a description; checked against the budget in the same transaction. */
export async function enqueueScenes({ userId, request, variations }: SceneDrafts): Promise<{ jobs: JobView[]; estimatedCostUsd: number }> {
  await assertOwnReferences(userId, request.references);
  const settled = settleScene({ engine: request.engine, model: request.model, quality: request.quality, fallback: DEFAULT_SCENE_QUALITY });
  const estimate = estimateScenes({ ...settled, aspect: request.aspect, count: variations.length, references: request.references.length });
  const customStyle = request.style === "custom" ? request.customStyle : undefined;
  const { jobs, estimatedCostMicroUsd } = await enqueueJobs({
    userId,
    plan: () => ({
      jobs: variations.map((variation) => {
        const input: SceneJobInput = {
          engine: settled.engine,
          quality: settled.quality,
          model: settled.model,
          requestedModel: settled.requestedModel,
          text: request.description,
          style: request.style,
          customStyle,
          aspect: request.aspect,
          references: request.references,
          seed: sceneSeed(variation ? `${request.description}|${variation}` : request.description, request.style),
          variation,
        };
        return { userId, kind: "scene", input, engine: settled.engine, model: settled.model ?? OFFLINE_MODEL, estimatedCostMicroUsd: estimate.perImageMicroUsd };
      }),
    }),
  });
  return { jobs: jobs.map((job) => toJobView(job)), estimatedCostUsd: microToUsd(estimatedCostMicroUsd) };
}

/** One scene from a description (the one call of a script that needs a single picture). */
export async function startScene({ userId, request }: { userId: string; request: SceneRequest }): Promise<{ job: JobView; estimatedCostUsd: number }> {
  const { jobs, estimatedCostUsd } = await enqueueScenes({ userId, request, variations: [undefined] });
  return { job: jobs[0]!, estimatedCostUsd };
}

/** `count` scenes of a description, each of another variation type. */
export function startDescriptionVariations({ userId, request, count }: { userId: string; request: SceneRequest; count: number }) {
  return enqueueScenes({ userId, request, variations: pickVariationTypes(count, []) });
}
