import { drawCoverSchema } from "@/lib/books/cover/openai/schema";
import { coverPreviewQuerySchema } from "@/lib/books/cover/preview";
import { generateBookSchema, regeneratePageSchema } from "@/lib/books/generate/schema";
import { bookPagesBodySchema } from "@/lib/books/pages-body";
import { createBookSchema, exportQuerySchema, patchBookSchema } from "@/lib/shared/books/schema";
import { defineOperations } from "../define";
import { z } from "zod";
import { waitQuerySchema } from "@/lib/jobs";
import { imageSchema, jobSchema } from "../responses";
import { bookBatchStartedSchema, bookListSchema, bookSchema } from "../schemas/books";

const book = { description: "The book.", schema: bookSchema };
const waited = bookBatchStartedSchema.extend({ jobs: z.array(jobSchema).optional(), images: z.array(imageSchema).optional() });
const batchStarted = {
  200: { description: "Finished within `wait`: the jobs and the pages they made.", schema: waited },
  202: { description: "The book's batch: follow it with `GET /api/batches/{id}` or `/api/follow?batches=`.", schema: waited },
};
const waitNote = "With `?wait=N` (0–120 seconds) the answer comes when the pages are made (200, with `jobs` and `images`; `&include=b64` inlines them) or at the deadline (202).";

export const bookOperations = defineOperations([
  { method: "get", path: "/api/books", tag: "Books", access: "read", summary: "The books", responses: { 200: { description: "`{ items }`", schema: bookListSchema } } },
  {
    method: "post",
    path: "/api/books",
    tag: "Books",
    access: "generate",
    summary: "Create a coloring book",
    body: { schema: createBookSchema, contentType: "application/json", example: { title: "Ocean animals", trim: "8.5x8.5" } },
    responses: { 201: book },
    errors: [400, 413, 415],
  },
  { method: "get", path: "/api/books/{id}", tag: "Books", access: "read", summary: "A book: settings, pages, interior, cover and the batches making its pages", responses: { 200: book }, errors: [404] },
  { method: "patch", path: "/api/books/{id}", tag: "Books", access: "generate", summary: "Change a book's settings, cover or pages", body: { schema: patchBookSchema, contentType: "application/json", example: { title: "Ocean friends" } }, responses: { 200: book }, errors: [400, 404, 413, 415] },
  { method: "delete", path: "/api/books/{id}", tag: "Books", access: "generate", summary: "Delete a book (its pages stay in the library)", responses: { 204: { description: "Deleted." } }, errors: [404] },
  {
    method: "post",
    path: "/api/books/{id}/pages",
    tag: "Books",
    access: "generate",
    summary:
      "Append library pages (`{ imageIds }`, 201 with the book), or make a page of each scene of a script that has a chosen image (`{ scriptId, engine?, model?, quality?, ageGroup?, detail? }`, 202 with the batch): traced offline (free) or redrawn by OpenAI, each placed at its scene's place when it is made. 409 `conflict:no_scene_images` when no scene has a chosen image.",
    description: `Library pages answer at once. For a script's scenes: ${waitNote}`,
    query: waitQuerySchema,
    body: { schema: bookPagesBodySchema, contentType: "application/json", example: { imageIds: ["an-image-id"] } },
    responses: { 201: book, ...batchStarted },
    errors: [400, 402, 404, 409, 413, 415, 429],
  },
  {
    method: "post",
    path: "/api/books/{id}/generate",
    tag: "Books",
    access: "generate",
    summary: "Make pages from a theme: one job per planned page, placed in order as each is made",
    description: waitNote,
    query: waitQuerySchema,
    body: { schema: generateBookSchema, contentType: "application/json", example: { theme: "a turtle in the ocean", pages: 8, engine: "offline" } },
    responses: batchStarted,
    errors: [400, 402, 404, 413, 415, 429],
  },
  {
    method: "post",
    path: "/api/books/{id}/pages/{pageId}/regenerate",
    tag: "Books",
    access: "generate",
    summary: "Draw one page again; the new picture replaces it in place",
    description: waitNote,
    query: waitQuerySchema,
    body: { schema: regeneratePageSchema, contentType: "application/json", example: { engine: "offline" } },
    responses: batchStarted,
    errors: [400, 402, 404, 413, 415, 429],
  },
  { method: "get", path: "/api/books/{id}/export", tag: "Books", access: "read", summary: "The interior PDF, the cover PDF or the ZIP of the pages", query: exportQuerySchema, responses: { 200: { description: "The interior or cover PDF, or the ZIP of the pages (`part=zip`).", formats: { "application/pdf": null, "application/zip": null } } }, errors: [400, 404, 409] },
  {
    method: "post",
    path: "/api/books/{id}/cover",
    tag: "Books",
    access: "generate",
    summary:
      "Draw the front cover's picture. With OpenAI (`engine: \"openai\"`, or by default when any page was made with OpenAI) one job paints a colored picture of the book's theme and main character, which becomes the cover picture when made (202 with the batch); offline the cover is the composed one (200 with the book).",
    body: { schema: drawCoverSchema, contentType: "application/json", example: { engine: "openai", quality: "medium" } },
    responses: { 200: book, 202: batchStarted[202] },
    errors: [400, 402, 404, 413, 415, 429],
  },
  { method: "get", path: "/api/books/{id}/cover-preview", tag: "Books", access: "read", summary: "The front cover as a JPEG, for the editor", query: coverPreviewQuerySchema, responses: { 200: { description: "A JPEG.", contentType: "image/jpeg" } }, errors: [400, 404] },
]);
