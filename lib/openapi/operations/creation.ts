import { z } from "zod";
import { coloringEstimateSchema, coloringRequestSchema } from "@/lib/coloring/schema";
import { photoPageOptionsSchema } from "@/lib/photos/schema";
import { defineOperations } from "../define";
import { multipartOf } from "../multipart";
import { jobStartedSchema } from "../responses";
import { coloringEstimateAnswerSchema } from "../schemas/server";
import { waitQuerySchema } from "@/lib/jobs";

const photoStarted = jobStartedSchema.extend({ photoId: z.string() });

export const creationOperations = defineOperations([
  {
    method: "post",
    path: "/api/coloring-pages",
    tag: "Coloring pages",
    access: "generate",
    summary: "Start a coloring page from a theme",
    description: "202 with the queued job, or 200 when the cache already has the page. With `?wait=N` (seconds, at most 120) the answer comes when the job finishes (200, with its images) or at the deadline (202).",
    query: waitQuerySchema,
    body: { schema: coloringRequestSchema, contentType: "application/json", example: { theme: "espace", ageGroup: "3-5", paper: "a4" } },
    responses: {
      200: { description: "Cached, or finished within `wait`.", schema: jobStartedSchema },
      202: { description: "Queued; follow `GET /api/jobs/{id}`.", schema: jobStartedSchema },
    },
    errors: [400, 402, 403, 413, 415],
  },
  {
    method: "post",
    path: "/api/coloring-pages/estimate",
    tag: "Coloring pages",
    access: "read",
    summary: "Estimate a coloring page's cost",
    body: { schema: coloringEstimateSchema, contentType: "application/json", example: { theme: "cats", engine: "offline" } },
    responses: { 200: { description: "`{ engine, model, quality, vector, estimatedCostUsd, svgAuthoringUsd }`", schema: coloringEstimateAnswerSchema } },
    errors: [400, 415],
  },
  {
    method: "post",
    path: "/api/photo-pages",
    tag: "Coloring pages",
    access: "generate",
    summary: "Start a coloring page from a photo",
    description: "Multipart `photo` (PNG, JPEG or WebP) and the options. Accepts `?wait=N` like every creating route.",
    query: waitQuerySchema,
    body: { schema: multipartOf(photoPageOptionsSchema, { photo: { required: true, description: "PNG, JPEG or WebP." } }), contentType: "multipart/form-data", example: { mode: "trace", detail: "3" } },
    responses: {
      200: { description: "Cached, or finished within `wait`.", schema: photoStarted },
      202: { description: "Queued.", schema: photoStarted },
    },
    errors: [400, 402, 413, 415],
  },
]);
