import { z } from "zod";
import { followQuerySchema, waitQuerySchema } from "@/lib/jobs";
import { includeQuerySchema } from "@/lib/library/inline";
import { defineOperations } from "../define";
import { imageSchema, jobSchema } from "../responses";
import { batchSchema, followSchema } from "../schemas/batches";

export const jobOperations = defineOperations([
  {
    method: "get",
    path: "/api/jobs/{id}",
    tag: "Jobs",
    access: "read",
    summary: "A job's status, progress, images and error",
    description: "`?include=b64` adds `images`, the finished job's images with their file inline as `b64_json`.",
    query: includeQuerySchema,
    responses: { 200: { description: "The job.", schema: jobSchema.extend({ images: z.array(imageSchema).optional() }) } },
    errors: [400, 404],
  },
  { method: "post", path: "/api/jobs/{id}/cancel", tag: "Jobs", access: "generate", summary: "Cancel a queued or running job", responses: { 200: { description: "The job.", schema: jobSchema } }, errors: [404] },
  { method: "get", path: "/api/jobs/{id}/events", tag: "Jobs", access: "read", summary: "Server-sent events: `event: job` at every change, then `event: end`", responses: { 200: { description: "An event stream.", contentType: "text/event-stream" } }, errors: [404] },
  { method: "get", path: "/api/jobs/{id}/preview", tag: "Jobs", access: "read", summary: "The latest partial preview while OpenAI draws", responses: { 200: { description: "A PNG.", contentType: "image/png" } }, errors: [404] },
  {
    method: "get",
    path: "/api/follow",
    tag: "Jobs",
    access: "read",
    summary: "The followed jobs and batches now (at most 200 of each)",
    query: followQuerySchema,
    responses: { 200: { description: "`{ jobs, batches, missing: { jobs, batches } }`; another user's ids are missing.", schema: followSchema } },
    errors: [400],
  },
  {
    method: "get",
    path: "/api/follow/events",
    tag: "Jobs",
    access: "read",
    summary: "One event stream for many jobs and batches (`job`, `batch`, `missing`, `end`)",
    query: followQuerySchema,
    responses: { 200: { description: "An event stream; reconnect with `Last-Event-ID` or `?since=`.", contentType: "text/event-stream" } },
    errors: [400],
  },
  { method: "get", path: "/api/batches/{id}", tag: "Jobs", access: "read", summary: "A batch: status, counts, progress, costs and jobs", responses: { 200: { description: "The batch.", schema: batchSchema } }, errors: [404] },
  { method: "post", path: "/api/batches/{id}/cancel", tag: "Jobs", access: "generate", summary: "Cancel a batch's open jobs", responses: { 200: { description: "The batch.", schema: batchSchema } }, errors: [404] },
  {
    method: "post",
    path: "/api/batches/{id}/retry",
    tag: "Jobs",
    access: "generate",
    summary: "Re-queue only the failed and canceled segments or book pages",
    description: "With `?wait=N` (0–120 seconds) the answer comes when the batch's jobs finish (200, the batch with the `images` made; `&include=b64` inlines them) or at the deadline (202).",
    query: waitQuerySchema,
    responses: {
      200: { description: "Finished within `wait`: the batch and its images.", schema: batchSchema.extend({ images: z.array(imageSchema).optional() }) },
      202: { description: "The batch, with the retried jobs queued.", schema: batchSchema.extend({ images: z.array(imageSchema).optional() }) },
    },
    errors: [400, 402, 404, 409],
  },
]);
