import { z } from "zod";
import { imageModelIdSchema, imageQualitySchema } from "@/lib/images/model-schema";
import { AGE_GROUPS, ORIENTATIONS, PAPERS } from "@/lib/images/paper";

export const engineIdSchema = z.enum(["openai", "offline"]);
export const qualitySchema = imageQualitySchema;

/** A coloring page request, as the form and the HTTP API send it. */
export const coloringRequestSchema = z
  .object({
    theme: z
      .string({ error: "Enter a theme." })
      .trim()
      .min(1, "Enter a theme.")
      .max(500, "The theme can be at most 500 characters."),
    ageGroup: z.enum(AGE_GROUPS).default("6-9"),
    paper: z.enum(PAPERS).default("letter"),
    orientation: z.enum(ORIENTATIONS).default("portrait"),
    reference: z.boolean().default(false),
    title: z.boolean().default(true),
    quality: qualitySchema.default("high"),
    engine: engineIdSchema.optional(),
    /** An image model this server allows (OpenAI); OPENAI_IMAGE_MODEL when omitted. */
    model: imageModelIdSchema.optional(),
    /**
     * A vector (SVG) page: OpenAI draws it as SVG with a model that can (its SVG author billed on
     * top); the offline engine composes every page as SVG anyway. The SVG is kept with the image.
     */
    vector: z.boolean().default(false),
    /** The offline engine's layout seed; "shuffle" sends a new one. */
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
    /** Bypass the cache and draw again. */
    regenerate: z.boolean().default(false),
  })
  .strict();

export type ColoringRequestInput = z.input<typeof coloringRequestSchema>;
export type ColoringRequestData = z.output<typeof coloringRequestSchema>;

/** The estimate's body: the same as the request's. */
export const coloringEstimateSchema = coloringRequestSchema;
export type ColoringEstimateRequest = z.output<typeof coloringEstimateSchema>;

/**
 * What a coloring job stores as its input: the request with the engine, seed and (OpenAI) model
 * settled; `requestedModel` keeps the model asked for when a successor replaced it.
 */
export const coloringJobInputSchema = coloringRequestSchema.extend({
  engine: engineIdSchema,
  seed: z.number().int().min(0),
  requestedModel: z.string().optional(),
});
export type ColoringJobInput = z.output<typeof coloringJobInputSchema>;
