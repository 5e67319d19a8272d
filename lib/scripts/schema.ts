import { z } from "zod";
import { aspectSchema, customStyleSchema, sceneStyleSchema, MAX_CUSTOM_STYLE_CHARS } from "@/lib/images/prompts/scene";
import { MAX_REFERENCES, sceneEngineSchema, sceneModelSchema, sceneQualitySchema } from "@/lib/scenes/schema";
import { MAX_SEGMENTS } from "./parse";
import { segmentLimitSchema, segmentOffsetSchema } from "./page-query";
import { segmentSelectionQuerySchema, segmentSelectionSchema } from "./selection";
import { MERGE_SECONDS_MAX, MERGE_SECONDS_MIN } from "./parse/types";

const id = z.string().trim().min(1).max(100);
export const titleSchema = z.string({ error: "Enter a title." }).trim().min(1, "Enter a title.").max(200, "The title can be at most 200 characters.");
const customStyle = customStyleSchema.max(MAX_CUSTOM_STYLE_CHARS, `Describe the style in at most ${MAX_CUSTOM_STYLE_CHARS} characters.`);
const mergeSeconds = z.coerce
  .number()
  .int()
  .min(MERGE_SECONDS_MIN, `Merge cues into segments of ${MERGE_SECONDS_MIN} to ${MERGE_SECONDS_MAX} seconds.`)
  .max(MERGE_SECONDS_MAX, `Merge cues into segments of ${MERGE_SECONDS_MIN} to ${MERGE_SECONDS_MAX} seconds.`);

/** A "custom" style needs its words. */
function requireCustomStyle(value: { style?: string; customStyle?: string | null }, ctx: z.RefinementCtx): void {
  if (value.style === "custom" && !value.customStyle) {
    ctx.addIssue({ code: "custom", path: ["customStyle"], message: "Describe your own style." });
  }
}

const settings = {
  title: titleSchema,
  style: sceneStyleSchema,
  customStyle: customStyle.optional(),
  aspect: aspectSchema.default("16:9"),
};

/** POST /api/scripts as JSON: pasted `text` (lines, a JSON list, SRT or VTT) or a `segments` list. */
export const createScriptJsonSchema = z
  .object({ ...settings, text: z.string().optional(), segments: z.array(z.unknown()).optional(), mergeSeconds: mergeSeconds.optional() })
  .strict()
  .superRefine((value, ctx) => {
    requireCustomStyle(value, ctx);
    if ((value.text === undefined) === (value.segments === undefined)) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "Send the script as `text` or as `segments`, not both." });
    }
  });
export type CreateScriptJson = z.output<typeof createScriptJsonSchema>;

/** POST /api/scripts as multipart: the fields beside the `.srt`/`.vtt` file. */
export const createScriptFormSchema = z
  .object({ ...settings, mergeSeconds: mergeSeconds.optional() })
  .strict()
  .superRefine(requireCustomStyle);
export type CreateScriptForm = z.output<typeof createScriptFormSchema>;

const segmentPatch = z
  .object({
    id: id.optional(),
    timestamp: z.string().max(20),
    text: z.string().max(5000),
    style: sceneStyleSchema.nullable().optional(),
  })
  .strict();

export const patchScriptSchema = z
  .object({
    title: titleSchema.optional(),
    style: sceneStyleSchema.optional(),
    customStyle: customStyle.nullable().optional(),
    aspect: aspectSchema.optional(),
    references: z.array(id).max(MAX_REFERENCES, `At most ${MAX_REFERENCES} reference images.`).optional(),
    segments: z.array(segmentPatch).min(1, "A script needs at least one segment.").max(MAX_SEGMENTS, `A script can have at most ${MAX_SEGMENTS} segments.`).optional(),
    choices: z.array(z.object({ segmentId: id, imageId: id.nullable() }).strict()).max(MAX_SEGMENTS).optional(),
  })
  .strict();
export type PatchScript = z.output<typeof patchScriptSchema>;

export const illustrateSchema = z
  .object({
    segmentIds: segmentSelectionSchema.optional(),
    /** Draw the selected segments that already have an image again (a new version each). */
    redraw: z.boolean().optional(),
    engine: sceneEngineSchema.optional(),
    model: sceneModelSchema.optional(),
    quality: sceneQualitySchema.optional(),
  })
  .strict();
export type IllustrateRequest = z.output<typeof illustrateSchema>;

/** Optional query of GET /api/scripts/:id: the engine, model and quality the estimate is for. */
export const estimateQuerySchema = z.object({ engine: sceneEngineSchema.optional(), model: sceneModelSchema.optional(), quality: sceneQualitySchema.optional() }).strict();

/** GET /api/scripts/:id: the estimate's engine, model, quality and selection, and optionally a window of segments. */
export const scriptQuerySchema = estimateQuerySchema
  .extend({
    offset: segmentOffsetSchema.optional(),
    limit: segmentLimitSchema.optional(),
    /** The estimate is for these segments (`id1,id2,…`), as `POST …/illustrate` with `segmentIds` would draw them. */
    segments: segmentSelectionQuerySchema.optional(),
    redraw: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  })
  .strict();

export { exportQuerySchema } from "./export/schema";
