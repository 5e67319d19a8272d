import { defaultEngineId, isEngineAvailable } from "@/lib/images/engines";
import { AppError } from "@/lib/errors";
import { enqueueGeneration, type EnqueueResult } from "@/lib/jobs/enqueue";
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

/** Starts a coloring page from a theme: a cached image at once, or a queued job. */
export async function startColoringPage({ userId, request }: { userId: string; request: ColoringRequestData }): Promise<EnqueueResult> {
  const input = resolveColoringInput(request);
  return enqueueGeneration({
    userId,
    kind: "coloring",
    input,
    engine: input.engine,
    model: coloringModel(input),
    bypassCache: input.regenerate,
    estimatedCostMicroUsd: estimateColoringCost(input),
    cacheKey: coloringCacheKey(input),
  });
}
