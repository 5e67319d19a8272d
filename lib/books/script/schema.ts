import { z } from "zod";
import { imageModelIdSchema, imageQualitySchema } from "@/lib/images/model-schema";
import { AGE_GROUPS, PAPERS } from "@/lib/shared/options";

/** A scene's words kept as its page's title. */
export const SCENE_TITLE_MAX = 120;

/**
 * `POST /api/books/:id/pages` with a script: each scene's chosen image becomes a coloring page,
 * traced offline (free) or redrawn by OpenAI's image model, one job each in one batch.
 */
export const addScriptPagesSchema = z
  .object({
    scriptId: z.string({ error: "Choose a script." }).trim().min(1, "Choose a script.").max(100),
    engine: z.enum(["openai", "offline"]).optional(),
    model: imageModelIdSchema.optional(),
    quality: imageQualitySchema.default("high"),
    ageGroup: z.enum(AGE_GROUPS).default("6-9"),
    /** Offline tracing: 1 (fewest lines) … 5 (most lines). */
    detail: z.number().int().min(1, "Detail goes from 1 to 5.").max(5, "Detail goes from 1 to 5.").default(3),
  })
  .strict();
export type AddScriptPages = z.output<typeof addScriptPagesSchema>;

/**
 * What a script page's job stores: the scene picture to turn into a page, how, and where the
 * page goes in the book (its scene's place, as a slot of the batch's plan).
 */
export const bookScriptPageJobInputSchema = z.object({
  bookId: z.string().min(1),
  slot: z.number().int().min(0),
  segmentId: z.string().min(1),
  sceneImageId: z.string().min(1),
  title: z.string().min(1).max(SCENE_TITLE_MAX),
  engine: z.enum(["openai", "offline"]),
  model: z.string().optional(),
  requestedModel: z.string().optional(),
  quality: imageQualitySchema,
  ageGroup: z.enum(AGE_GROUPS),
  paper: z.enum(PAPERS),
  orientation: z.literal("portrait"),
  detail: z.number().int().min(1).max(5),
  simplifyBackground: z.boolean(),
});
export type BookScriptPageJobInput = z.output<typeof bookScriptPageJobInputSchema>;
