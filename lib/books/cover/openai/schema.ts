import { z } from "zod";
import { imageModelIdSchema, imageQualitySchema } from "@/lib/images/model-schema";
import { AGE_GROUPS } from "@/lib/shared/options";

/**
 * `POST /api/books/:id/cover`: draws the front cover's picture. With OpenAI (asked for, or by
 * default when the book's pages were made with it) the image model paints it; offline the cover
 * is the composed one.
 */
export const drawCoverSchema = z
  .object({
    engine: z.enum(["openai", "offline"]).optional(),
    model: imageModelIdSchema.optional(),
    quality: imageQualitySchema.default("high"),
  })
  .strict();
export type DrawCoverRequest = z.output<typeof drawCoverSchema>;

/** What a cover job stores: the book, the prompt's words and the size asked of the model. */
export const bookCoverJobInputSchema = z.object({
  bookId: z.string().min(1),
  theme: z.string().min(1),
  character: z.string().min(1),
  ageGroup: z.enum(AGE_GROUPS).optional(),
  model: z.string().min(1),
  requestedModel: z.string().optional(),
  quality: imageQualitySchema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type BookCoverJobInput = z.output<typeof bookCoverJobInputSchema>;
