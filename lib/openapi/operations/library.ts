import { z } from "zod";
import { includeQuerySchema } from "@/lib/library/inline";
import { listImagesQuerySchema } from "@/lib/library/list";
import { uploadFieldsSchema } from "@/lib/library/upload";
import { multipartOf } from "../multipart";
import { defineOperations } from "../define";
import type { deletePhotoWithPages } from "@/lib/photos/delete-photo";
import { describes } from "../describes";
import { imageSchema } from "../responses";

const noContent = { 204: { description: "Deleted." } };
const photoDeleted = describes<Awaited<ReturnType<typeof deletePhotoWithPages>>>()(z.object({ deletedImages: z.number().int() }));

export const libraryOperations = defineOperations([
  {
    method: "get",
    path: "/api/images",
    tag: "Library",
    access: "read",
    summary: "The library, newest first",
    query: listImagesQuerySchema,
    responses: { 200: { description: "A page of images.", schema: z.object({ items: z.array(imageSchema), nextCursor: z.string().nullable() }) } },
    errors: [400],
  },
  {
    method: "post",
    path: "/api/images",
    tag: "Library",
    access: "generate",
    summary: "Upload a picture into the library (to edit it with a prompt, or use it as a scene reference)",
    description: "Multipart `image`: PNG, JPEG or WebP, checked as photos are (`PHOTO_MAX_BYTES`, `PHOTO_MAX_PIXELS`, the real type from the bytes), stored as a PNG without metadata; `title` defaults to the file's name.",
    body: { schema: multipartOf(uploadFieldsSchema, { image: { required: true, description: "PNG, JPEG or WebP." } }), contentType: "multipart/form-data", example: { title: "Our cat" } },
    responses: { 201: { description: "The stored picture.", schema: imageSchema } },
    errors: [400, 413, 415],
  },
  {
    method: "get",
    path: "/api/images/{id}",
    tag: "Library",
    access: "read",
    summary: "An image's metadata",
    description: "`?include=b64` inlines the file as base64 `b64_json`.",
    query: includeQuerySchema,
    responses: { 200: { description: "The image.", schema: imageSchema } },
    errors: [400, 404],
  },
  { method: "delete", path: "/api/images/{id}", tag: "Library", access: "generate", summary: "Delete an image's record and file", responses: noContent, errors: [404] },
  { method: "get", path: "/api/images/{id}/file", tag: "Library", access: "read", summary: "The image file (`?download=1` to save it under its name)", responses: { 200: { description: "The PNG (or the stored type).", contentType: "image/png" } }, errors: [404] },
  { method: "get", path: "/api/images/{id}/pdf", tag: "Library", access: "read", summary: "The page as a PDF of its paper size (`?download=1`)", responses: { 200: { description: "A PDF.", contentType: "application/pdf" } }, errors: [404] },
  { method: "get", path: "/api/images/{id}/svg", tag: "Library", access: "read", summary: "A vector page's normalised SVG, as an attachment (404 for a page without one)", responses: { 200: { description: "The SVG.", contentType: "image/svg+xml" } }, errors: [404] },
  { method: "get", path: "/api/photos/{id}/file", tag: "Library", access: "read", summary: "The cleaned photo", responses: { 200: { description: "The photo.", contentType: "image/png" } }, errors: [404] },
  { method: "delete", path: "/api/photos/{id}", tag: "Library", access: "generate", summary: "Delete a photo and every page made from it", responses: { 200: { description: "How many pages went with it.", schema: photoDeleted } }, errors: [404] },
]);
