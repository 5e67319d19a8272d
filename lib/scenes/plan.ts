import { AppError } from "@/lib/errors";
import { defaultEngineId, engineModel, isEngineAvailable } from "@/lib/images/engine-choice";
import type { EngineId } from "@/lib/shared/options";
import { IMAGE_MODELS, type Quality } from "@/lib/images/models";
import type { Aspect } from "@/lib/images/prompts/scene";
import { estimateBatchMicroUsd } from "@/lib/scripts/estimate";

/** The engine asked for, or the server's default; a 400 naming the field when it is not configured. */
export function resolveSceneEngine(requested?: EngineId): EngineId {
  const engine = requested ?? defaultEngineId();
  if (!isEngineAvailable(engine)) {
    throw new AppError("invalid:engine", "The OpenAI engine is not configured on this server (OPENAI_API_KEY is not set).", {
      fields: { engine: "The OpenAI engine is not configured on this server." },
    });
  }
  return engine;
}

/** How many of the references a model would receive with each scene (0: plain generation). */
function referencesSent(model: string, references: number): number {
  const info = IMAGE_MODELS[model];
  if (!info?.edits || info.maxInputImages < 2) return 0;
  return Math.min(references, info.maxInputImages);
}

export interface SceneEstimate {
  engine: EngineId;
  model: string;
  perImageMicroUsd: number;
  totalMicroUsd: number;
}

/** The cost of `count` scene images before anything is sent (0 for the offline engine). */
export function estimateScenes({ engine, quality, aspect, count, references }: { engine: EngineId; quality: Quality; aspect: Aspect; count: number; references: number }): SceneEstimate {
  const model = engineModel(engine);
  const { perImage, total } = estimateBatchMicroUsd({ model, quality, aspect, segments: count, references: referencesSent(model, references) });
  return { engine, model, perImageMicroUsd: perImage, totalMicroUsd: total };
}
