import { z } from "zod";
import type { BatchView, FollowSnapshot } from "@/lib/shared/views";
import { describes } from "../describes";
import { jobSchema } from "../responses";

const failureSchema = z.object({ code: z.string(), message: z.string() }).nullable();

export const batchSchema = describes<BatchView>()(
  z
    .object({
      id: z.string(),
      scriptId: z.string().nullable(),
      bookId: z.string().nullable(),
      status: z.enum(["running", "finished", "canceled"]),
      counts: z.object({ total: z.number().int(), done: z.number().int(), failed: z.number().int(), canceled: z.number().int(), remaining: z.number().int() }),
      progress: z.number(),
      estimatedCostUsd: z.number(),
      costUsd: z.number(),
      /** One entry per subject (segment or book page), by its latest job. */
      jobs: z.array(
        z.object({
          jobId: z.string(),
          segmentId: z.string().nullable(),
          status: z.string(),
          progress: z.number(),
          stage: z.string().nullable(),
          error: failureSchema,
          imageIds: z.array(z.string()),
          costUsd: z.number(),
        }),
      ),
    })
    .meta({
      id: "Batch",
      examples: [
        {
          id: "cm0batch",
          scriptId: "cm0script",
          bookId: null,
          status: "running",
          counts: { total: 2, done: 1, failed: 0, canceled: 0, remaining: 1 },
          progress: 50,
          estimatedCostUsd: 0,
          costUsd: 0,
          jobs: [{ jobId: "cm0job", segmentId: "cm0segment", status: "succeeded", progress: 100, stage: null, error: null, imageIds: ["cm0image"], costUsd: 0 }],
        },
      ],
    }),
);

/** `GET /api/follow`: the followed jobs and batches now; another user's ids are `missing`. */
export const followSchema = describes<FollowSnapshot>()(
  z
    .object({
      jobs: z.array(jobSchema),
      batches: z.array(batchSchema),
      missing: z.object({ jobs: z.array(z.string()), batches: z.array(z.string()) }),
    })
    .meta({ id: "FollowSnapshot" }),
);
