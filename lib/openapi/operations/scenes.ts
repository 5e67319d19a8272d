import { z } from "zod";
import { waitQuerySchema } from "@/lib/jobs";
import { sceneRequestSchema } from "@/lib/scenes/start-scene";
import { sceneVariationsRequestSchema } from "@/lib/scenes/start-scene-variations";
import { editFieldsSchema } from "@/lib/scenes/start-edit";
import { variationRequestSchema } from "@/lib/scenes/start-variations";
import { defineOperations } from "../define";
import { multipartOf } from "../multipart";
import { jobIdsSchema, jobSchema, jobStartedSchema, imageSchema } from "../responses";

const manyStarted = jobIdsSchema.extend({ jobs: z.array(jobSchema).optional(), images: z.array(imageSchema).optional() });
const editStarted = z.object({ jobId: z.string(), jobs: z.array(jobSchema).optional(), images: z.array(imageSchema).optional() });
const waitNote = "With `?wait=N` (0–120 seconds) the answer comes when the jobs finish (200, with `jobs` and `images`; `&include=b64` inlines them) or at the deadline (202).";

export const sceneOperations = defineOperations([
  {
    method: "post",
    path: "/api/scenes",
    tag: "Scenes",
    access: "generate",
    summary: "Illustrate one description, without a script",
    description: waitNote,
    query: waitQuerySchema,
    body: { schema: sceneRequestSchema, contentType: "application/json", example: { description: "Coffee beans roasting in a drum", style: "documentary", aspect: "16:9" } },
    responses: {
      200: { description: "Finished within `wait`, with its image.", schema: jobStartedSchema.extend({ estimatedCostUsd: z.number() }) },
      202: { description: "Queued; follow `GET /api/jobs/{id}`.", schema: jobStartedSchema.extend({ estimatedCostUsd: z.number() }) },
    },
    errors: [400, 402, 404, 413, 415],
  },
  {
    method: "post",
    path: "/api/scenes/variations",
    tag: "Scenes",
    access: "generate",
    summary: "Typed variations of a description or of a library scene",
    description: `Each image carries its \`variationType\`: close-up, wide-shot, another-angle, other-lighting, other-mood. ${waitNote}`,
    query: waitQuerySchema,
    body: { schema: sceneVariationsRequestSchema, contentType: "application/json", example: { description: "A harbour at dawn", count: 3, style: "cinematic" } },
    responses: { 200: { description: "Finished within `wait`.", schema: manyStarted }, 202: { description: "Queued.", schema: manyStarted } },
    errors: [400, 402, 404, 413, 415],
  },
  {
    method: "post",
    path: "/api/images/{id}/variations",
    tag: "Scenes",
    access: "generate",
    summary: "Variations of a scene image, one of each type not used yet",
    description: waitNote,
    query: waitQuerySchema,
    body: { schema: variationRequestSchema, contentType: "application/json", example: { count: 2 } },
    responses: { 200: { description: "Finished within `wait`.", schema: manyStarted }, 202: { description: "Queued.", schema: manyStarted } },
    errors: [400, 402, 404, 413, 415],
  },
  {
    method: "post",
    path: "/api/images/{id}/edits",
    tag: "Scenes",
    access: "generate",
    summary: "Edit an image with a prompt and an optional mask (OpenAI)",
    description: `Multipart \`prompt\` and an optional \`mask\` (PNG with alpha, the image's exact size; transparent = change here), or JSON without a mask. The offline engine answers 400 \`unsupported:edit\`. ${waitNote}`,
    query: waitQuerySchema,
    body: { schema: multipartOf(editFieldsSchema, { mask: { required: false, description: "PNG with an alpha channel, the image's size." } }), contentType: "multipart/form-data", example: { prompt: "add a red scarf" } },
    responses: { 200: { description: "Finished within `wait`.", schema: editStarted }, 202: { description: "Queued.", schema: editStarted } },
    errors: [400, 402, 404, 413, 415],
  },
]);
