import { z } from "zod";
import { imageModelIdSchema, imageQualitySchema } from "@/lib/images/model-schema";
import { AGE_GROUPS } from "@/lib/shared/options";
import { coloringJobInputSchema } from "@/lib/coloring/schema";
import { BOOK_TEXT_LIMITS, MAX_GENERATED_PAGES } from "@/lib/shared/books/schema";

/** `POST /api/books/:id/generate`: pages planned from a theme, one job each, in one batch. */
export const generateBookSchema = z
  .object({
    theme: z
      .string({ error: "Enter what the book is about." })
      .trim()
      .min(1, "Enter what the book is about.")
      .max(BOOK_TEXT_LIMITS.theme, `The theme can be at most ${BOOK_TEXT_LIMITS.theme} characters.`),
    pages: z
      .number({ error: "Say how many pages to make." })
      .int("Say how many pages to make.")
      .min(1, "Make at least 1 page.")
      .max(MAX_GENERATED_PAGES, `Make at most ${MAX_GENERATED_PAGES} pages at a time.`),
    ageGroup: z.enum(AGE_GROUPS).default("3-5"),
    engine: z.enum(["openai", "offline"]).optional(),
    model: imageModelIdSchema.optional(),
    quality: imageQualitySchema.default("high"),
  })
  .strict();
export type GenerateBookInput = z.input<typeof generateBookSchema>;
export type GenerateBookRequest = z.output<typeof generateBookSchema>;

/** `POST /api/books/:id/pages/:pageId/regenerate`: the page drawn again, in place. */
export const regeneratePageSchema = z
  .object({ engine: z.enum(["openai", "offline"]).optional(), model: imageModelIdSchema.optional(), quality: imageQualitySchema.default("high") })
  .strict();
export type RegeneratePageRequest = z.output<typeof regeneratePageSchema>;

/**
 * What a book page job stores: a settled coloring page (its theme is the planned scene) and where
 * the page goes: its slot in the batch's plan, or the page it replaces. `character` names the
 * recurring main character; with OpenAI, pages after the first are edits of a reference page
 * (the batch's first page, or `referenceImageId` when a page is drawn again).
 */
export const bookPageJobInputSchema = coloringJobInputSchema.extend({
  bookId: z.string().min(1),
  slot: z.number().int().min(0),
  replacePageId: z.string().min(1).optional(),
  character: z.string().min(1),
  referenceImageId: z.string().min(1).optional(),
  /** An OpenAI book's theme and page count: the first page has the text model plan every scene. */
  bookTheme: z.string().min(1).optional(),
  bookPages: z.number().int().min(1).optional(),
});
export type BookPageJobInput = z.output<typeof bookPageJobInputSchema>;
