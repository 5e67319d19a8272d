import { coverPreviewQuerySchema } from "@/lib/books/cover/preview";
import { addPagesSchema, createBookSchema, exportQuerySchema, patchBookSchema } from "@/lib/shared/books/schema";
import { defineOperations } from "../define";
import { anyJsonSchema, itemsSchema } from "../responses";

const book = { description: "The book.", schema: anyJsonSchema };

export const bookOperations = defineOperations([
  { method: "get", path: "/api/books", tag: "Books", access: "read", summary: "The books", responses: { 200: { description: "`{ items }`", schema: itemsSchema } } },
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
  { method: "get", path: "/api/books/{id}", tag: "Books", access: "read", summary: "A book: settings, pages, interior and cover", responses: { 200: book }, errors: [404] },
  { method: "patch", path: "/api/books/{id}", tag: "Books", access: "generate", summary: "Change a book's settings, cover or pages", body: { schema: patchBookSchema, contentType: "application/json", example: { title: "Ocean friends" } }, responses: { 200: book }, errors: [400, 404, 413, 415] },
  { method: "delete", path: "/api/books/{id}", tag: "Books", access: "generate", summary: "Delete a book (its pages stay in the library)", responses: { 204: { description: "Deleted." } }, errors: [404] },
  { method: "post", path: "/api/books/{id}/pages", tag: "Books", access: "generate", summary: "Append coloring pages", body: { schema: addPagesSchema, contentType: "application/json", example: { imageIds: ["an-image-id"] } }, responses: { 201: book }, errors: [400, 404, 413, 415] },
  { method: "get", path: "/api/books/{id}/export", tag: "Books", access: "read", summary: "The interior PDF, the cover PDF or the ZIP of the pages", query: exportQuerySchema, responses: { 200: { description: "A PDF or a ZIP.", contentType: "application/pdf" } }, errors: [400, 404, 409] },
  { method: "get", path: "/api/books/{id}/cover-preview", tag: "Books", access: "read", summary: "The front cover as a JPEG, for the editor", query: coverPreviewQuerySchema, responses: { 200: { description: "A JPEG.", contentType: "image/jpeg" } }, errors: [400, 404] },
]);
