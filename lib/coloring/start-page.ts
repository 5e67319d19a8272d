import "server-only";
import { AppError } from "@/lib/errors";
import { defaultEngineId, isEngineAvailable } from "@/lib/images/engine-choice";
import { chooseImageModel } from "@/lib/images/model-choice";
import { IMAGE_MODELS } from "@/lib/images/models";
import { enqueueJobs, startedJob, type StartedJob } from "@/lib/jobs";
import { coloringCacheKey, coloringModel, estimateColoringCost } from "./plan";
import type { ColoringJobInput, ColoringRequestData } from "./schema";
import { seedForTheme } from "./seed";

/**
 * Settles the engine, seed and model of a validated request. Naming a model implies OpenAI; the
 * model must be one this server allows and take the quality asked for (400 naming the field).
 */
export function resolveColoringInput(request: ColoringRequestData): ColoringJobInput {
  const engine = request.engine ?? (request.model ? "openai" : defaultEngineId());
  if (!isEngineAvailable(engine)) {
    throw new AppError("invalid:engine", "The OpenAI engine is not configured on this server (OPENAI_API_KEY is not set).", {
      fields: { engine: "The OpenAI engine is not configured on this server." },
    });
  }
  const seed = request.seed ?? seedForTheme(request.theme);
  if (engine === "offline") {
    if (request.model) {
      const message = "Image models belong to the OpenAI engine; the offline engine draws on this server.";
      throw new AppError("invalid:model", message, { fields: { model: message } });
    }
    return { ...request, engine, seed };
  }
  const choice = chooseImageModel({ model: request.model, purpose: "page", quality: request.quality });
  if (request.vector) assertDrawsSvg(choice.model);
  return { ...request, engine, seed, model: choice.model, quality: choice.quality, ...(choice.requested !== choice.model ? { requestedModel: choice.requested } : {}) };
}

/** A vector page needs a model that draws SVG (400 on `vector`, naming the ones that do). */
function assertDrawsSvg(model: string): void {
  if (IMAGE_MODELS[model]?.svg) return;
  const offer = Object.values(IMAGE_MODELS).filter((m) => m.svg).map((m) => m.id).join(", ");
  const message = `${model} cannot draw vector (SVG) pages. Choose one of: ${offer}.`;
  throw new AppError("invalid:vector", message, { fields: { vector: message } });
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
