import "server-only";
import { AppError } from "@/lib/errors";
import { defaultEngineId, isEngineAvailable } from "@/lib/images/engine-choice";
import { enqueueJobs, startedJob, type StartedJob } from "@/lib/jobs";
import { coloringCacheKey, coloringModel, estimateColoringCost } from "./plan";
import type { ColoringJobInput, ColoringRequestData } from "./schema";
import { seedForTheme } from "./seed";

/** Settles the engine and seed of a validated request. */
export function resolveColoringInput(request: ColoringRequestData): ColoringJobInput {
  const engine = request.engine ?? defaultEngineId();
  if (!isEngineAvailable(engine)) {
    throw new AppError("invalid:engine", "The OpenAI engine is not configured on this server (OPENAI_API_KEY is not set).", {
      fields: { engine: "The OpenAI engine is not configured on this server." },
    });
  }
  return { ...request, engine, seed: request.seed ?? seedForTheme(request.theme) };
}

/** Starts a coloring page from a theme: a cached image at once (unless regenerating), or a queued job. */
export async function startColoringPage({ userId, request }: { userId: string; request: ColoringRequestData }): Promise<StartedJob> {
  const input = resolveColoringInput(request);
  const cacheKey = coloringCacheKey(input);
  const job = { userId, kind: "coloring", input, engine: input.engine, model: coloringModel(input), bypassCache: input.regenerate, estimatedCostMicroUsd: estimateColoringCost(input) };
  const { jobs } = await enqueueJobs({
    userId,
    plan: async (reads) => {
      const hit = input.regenerate ? null : await reads.cachedImage(cacheKey);
      return { jobs: [hit ? { ...job, cachedImageId: hit.id } : job] };
    },
  });
  return startedJob(jobs[0]!);
}
