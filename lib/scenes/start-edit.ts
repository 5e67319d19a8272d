import "server-only";
import { z } from "zod";
import { getImageOrThrow } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { estimateCostMicroUsd } from "@/lib/images/cost";
import { defaultEngineId, isEngineAvailable } from "@/lib/images/engine-choice";
import { getEngine } from "@/lib/images/engines";
import { chooseImageModel, fitQuality } from "@/lib/images/model-choice";
import { chooseRequestSize } from "@/lib/images/size";
import { enqueueJobs } from "@/lib/jobs";
import { validateMask } from "./mask";
import { editPurpose, parentOptions } from "./run-edit";
import { DEFAULT_SCENE_QUALITY, sceneEngineSchema, sceneModelSchema, sceneQualitySchema, type EditJobInput } from "./schema";

/** The largest edit request accepted: the mask (4 MB at most) and the form around it. */
export const MAX_EDIT_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The fields of POST /api/images/:id/edits beside the optional `mask` file. */
export const editFieldsSchema = z
  .object({
    prompt: z.string({ error: "Describe the change." }).trim().min(1, "Describe the change.").max(1000, "The change can be described in at most 1000 characters."),
    engine: sceneEngineSchema.optional(),
    model: sceneModelSchema.optional(),
    quality: sceneQualitySchema.optional(),
  })
  .strict();
export type EditFields = z.output<typeof editFieldsSchema>;

const qualityOption = z.object({ quality: sceneQualitySchema });

function unsupported(message: string): AppError {
  return new AppError("unsupported:edit", message, undefined, 400);
}

/**
 * Queues a prompt edit of the user's image (OpenAI only), with an optional mask checked first.
 * The result is a new version of the image, linked to it.
 */
export async function startEdit({ userId, imageId, fields, mask }: { userId: string; imageId: string; fields: EditFields; mask?: Buffer }): Promise<{ jobId: string }> {
  const source = await getImageOrThrow({ id: imageId, userId });
  const engineId = fields.engine ?? (fields.model ? "openai" : defaultEngineId());
  if (engineId !== "openai") throw unsupported("Prompt edits need the OpenAI engine; the offline engine cannot edit images.");
  if (!isEngineAvailable("openai")) throw unsupported("Prompt edits need the OpenAI engine, which is not configured on this server (OPENAI_API_KEY).");
  const options = parentOptions(source.options);
  // An explicit quality must suit the model; the one recorded with the image is fitted to it.
  const choice = chooseImageModel({ model: fields.model, purpose: editPurpose(options), quality: fields.quality ?? "auto" });
  const engine = getEngine("openai", { model: choice.model });
  if (!engine.capabilities.edit) throw unsupported(`${engine.model} cannot edit images.`);
  if (mask) await validateMask(mask, source.width, source.height);

  const recorded = qualityOption.safeParse(options);
  const quality = fields.quality ? choice.quality : fitQuality(recorded.success ? recorded.data.quality : DEFAULT_SCENE_QUALITY, choice.info);
  const size = chooseRequestSize(choice.info, source.width / source.height);
  const input: EditJobInput = {
    engine: "openai",
    quality,
    model: choice.model,
    ...(choice.requested !== choice.model ? { requestedModel: choice.requested } : {}),
    sourceImageId: source.id,
    prompt: fields.prompt,
    maskBase64: mask?.toString("base64"),
  };
  const job = {
    userId,
    kind: "edit",
    input,
    engine: "openai",
    model: engine.model,
    estimatedCostMicroUsd: estimateCostMicroUsd({ model: engine.model, width: size.width, height: size.height, quality, promptChars: fields.prompt.length + 200, inputImages: 1 }),
    segmentId: source.segmentId ?? undefined,
  };
  const { jobs } = await enqueueJobs({ userId, plan: () => ({ jobs: [job] }) });
  return { jobId: jobs[0]!.id };
}
