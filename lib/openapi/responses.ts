import { z } from "zod";
import { printCheckSchema } from "@/lib/images/print-check/schema";
import type { InlineImageView } from "@/lib/library/inline";
import { JOB_STATUSES } from "@/lib/shared/jobs";
import type { JobView } from "@/lib/shared/views";
import { describes } from "./describes";

// The answers' shapes (lib/shared/views.ts), as schemas the tests check real answers against.

/** Every failure: `{ error, code }`, with `fields` for invalid input and `requestId` for the unexpected. */
export const errorSchema = z
  .object({
    error: z.string(),
    code: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    line: z.number().int().optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: "Error" });

const failureSchema = z.object({ code: z.string(), message: z.string() }).nullable();

export const jobSchema = describes<JobView>()(
  z
    .object({
      id: z.string(),
      kind: z.string(),
      status: z.enum(JOB_STATUSES),
      progress: z.number(),
      stage: z.string().nullable(),
      engine: z.string(),
      model: z.string(),
      /** The retired model this job was switched from (404 model_not_found), or null. */
      modelSwitchedFrom: z.string().nullable(),
      imageIds: z.array(z.string()),
      cached: z.boolean(),
      estimatedCostUsd: z.number(),
      costUsd: z.number(),
      error: failureSchema,
      previewUrl: z.string().nullable(),
      attempts: z.number().int(),
      batchId: z.string().nullable(),
      segmentId: z.string().nullable(),
      createdAt: z.string(),
      startedAt: z.string().nullable(),
      finishedAt: z.string().nullable(),
    })
    .meta({ id: "Job" }),
);

export const imageSchema = describes<InlineImageView>()(
  z
    .object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      prompt: z.string(),
      revisedPrompt: z.string().nullable(),
      engine: z.string(),
      model: z.string(),
      options: z.unknown(),
      width: z.number().int(),
      height: z.number().int(),
      bytes: z.number().int(),
      sha256: z.string(),
      usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }),
      costUsd: z.number(),
      parentId: z.string().nullable(),
      segmentId: z.string().nullable(),
      variationType: z.string().nullable(),
      createdAt: z.string(),
      fileUrl: z.string(),
      pdfUrl: z.string(),
      /** The vector page's SVG download, or null for a raster-only image. */
      svgUrl: z.string().nullable(),
      /** The page's print check as stored (null for scenes and pages made before checking). */
      printCheck: printCheckSchema.nullable(),
      /** With `?include=b64`: the PNG itself, base64-encoded. */
      b64_json: z.string().optional(),
    })
    .meta({ id: "Image" }),
);

/** A job-creating route's answer: the job, and once it finished within `?wait=`, its images. */
export const jobStartedSchema = z
  .object({
    jobId: z.string(),
    cached: z.boolean().optional(),
    job: jobSchema,
    images: z.array(imageSchema).optional(),
  })
  .meta({ id: "JobStarted" });

export const jobIdsSchema = z.object({ jobIds: z.array(z.string()) });

