import { z } from "zod";
import { imageModelIdSchema, imageQualitySchema } from "@/lib/images/model-schema";
import { aspectSchema, customStyleSchema, sceneStyleSchema, variationTypeSchema } from "@/lib/images/prompts/scene";

export const sceneEngineSchema = z.enum(["openai", "offline"]);
export const sceneQualitySchema = imageQualitySchema;
/** An image model a request may name (OPENAI_SCENE_MODEL when omitted). */
export const sceneModelSchema = imageModelIdSchema;

/** Scenes are many per script: medium quality keeps a batch affordable; any call may ask for more. */
export const DEFAULT_SCENE_QUALITY = "medium" as const;
/** Reference images sent with each scene (characters, places, a style). */
export const MAX_REFERENCES = 8;
/** At most this many variations of one image, one of each type. */
export const MAX_VARIATIONS = 5;

const id = z.string().min(1).max(100);

/** The OpenAI model settled when the job was queued (undefined offline). */
const settledModel = { model: z.string().optional(), requestedModel: z.string().optional() };

/**
 * What a scene job stores: a snapshot of the segment and its script's settings when it was queued,
 * or (no script nor segment) a scene asked for on its own by `POST /api/scenes`.
 */
export const sceneJobInputSchema = z.object({
  engine: sceneEngineSchema,
  quality: sceneQualitySchema,
  ...settledModel,
  scriptId: id.optional(),
  segmentId: id.optional(),
  text: z.string().min(1).max(1000),
  style: sceneStyleSchema,
  customStyle: customStyleSchema.optional(),
  aspect: aspectSchema,
  references: z.array(id).max(MAX_REFERENCES),
  seed: z.number().int().min(0),
  /** A typed variation of a description (`POST /api/scenes/variations`). */
  variation: variationTypeSchema.optional(),
});
export type SceneJobInput = z.output<typeof sceneJobInputSchema>;

export const variationJobInputSchema = z.object({
  engine: sceneEngineSchema,
  quality: sceneQualitySchema,
  ...settledModel,
  sourceImageId: id,
  variationType: variationTypeSchema,
});
export type VariationJobInput = z.output<typeof variationJobInputSchema>;

export const editJobInputSchema = z.object({
  engine: z.literal("openai"),
  quality: sceneQualitySchema,
  ...settledModel,
  sourceImageId: id,
  prompt: z.string().min(1).max(1000),
  /** The mask PNG, base64: kept in the job so a retried or requeued job still has it, and nothing is orphaned. */
  maskBase64: z.string().optional(),
});
export type EditJobInput = z.output<typeof editJobInputSchema>;

/**
 * The options recorded with a scene, variation or edit image: enough to make a variation of it
 * later and to export it. Read leniently (`safeParse`) since other kinds of image lack them.
 */
export const sceneImageOptionsSchema = z.object({
  text: z.string().min(1),
  style: sceneStyleSchema,
  customStyle: z.string().optional(),
  aspect: aspectSchema,
  quality: sceneQualitySchema,
  references: z.array(z.string()).default([]),
  scriptId: z.string().optional(),
  variation: variationTypeSchema.optional(),
});
export type SceneImageOptions = z.output<typeof sceneImageOptionsSchema>;
