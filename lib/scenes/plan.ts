import "server-only";
import { AppError } from "@/lib/errors";
import { defaultEngineId, isEngineAvailable } from "@/lib/images/engine-choice";
import type { EngineId } from "@/lib/shared/options";
import { chooseImageModel, defaultModelFor, fitQuality } from "@/lib/images/model-choice";
import { resolveImageModel } from "@/lib/images/lifecycle/resolve";
import { IMAGE_MODELS, imageModelOrThrow, type Quality } from "@/lib/images/models";
import type { Aspect } from "@/lib/images/prompts/scene";
import { estimateBatchMicroUsd, OFFLINE_MODEL } from "@/lib/scripts/estimate";

/** The engine asked for, or the server's default (OpenAI when a model is named); a 400 naming the field when it is not configured. */
export function resolveSceneEngine(requested?: EngineId, model?: string): EngineId {
  const engine = requested ?? (model ? "openai" : defaultEngineId());
  if (!isEngineAvailable(engine)) {
    throw new AppError("invalid:engine", "The OpenAI engine is not configured on this server (OPENAI_API_KEY is not set).", {
      fields: { engine: "The OpenAI engine is not configured on this server." },
    });
  }
  return engine;
}

export interface SettledScene {
  engine: EngineId;
  /** The OpenAI model to use (a successor when the one asked for is retired); undefined offline. */
  model?: string;
  quality: Quality;
  /** The model asked for, when a successor replaced it. */
  requestedModel?: string;
}

/**
 * Settles engine, model and quality of a scene request: a named model must be allowed and take
 * the quality asked for (400 otherwise); without one, `fallback` (a recorded or default
 * quality) is fitted to the model.
 */
export function settleScene({ engine, model, quality, fallback, estimateOnly = false }: { engine?: EngineId; model?: string; quality?: Quality; fallback: Quality; estimateOnly?: boolean }): SettledScene {
  // An estimate may be asked for an engine this server lacks (what OpenAI would cost).
  const settled = estimateOnly ? (engine ?? (model ? "openai" : defaultEngineId())) : resolveSceneEngine(engine, model);
  if (settled === "offline") {
    if (model) {
      const message = "Image models belong to the OpenAI engine; the offline engine draws drafts on this server.";
      throw new AppError("invalid:model", message, { fields: { model: message } });
    }
    return { engine: settled, quality: quality ?? fallback };
  }
  const choice = chooseImageModel({ model, purpose: "scene", quality: quality ?? "auto" });
  return {
    engine: settled,
    model: choice.model,
    quality: quality ? choice.quality : fitQuality(fallback, choice.info),
    ...(choice.requested !== choice.model ? { requestedModel: choice.requested } : {}),
  };
}

/**
 * The engine, model and quality of an earlier scene job, for a retry: the same model (its
 * successor if it was retired since), not checked against the allow-list again.
 */
export function resettleScene(previous: { engine: EngineId; model?: string; quality: Quality }): SettledScene {
  const engine = resolveSceneEngine(previous.engine);
  if (engine === "offline") return { engine, quality: previous.quality };
  const requested = previous.model ?? defaultModelFor("scene");
  const resolution = resolveImageModel(requested);
  const info = imageModelOrThrow(resolution.model, "OPENAI_SCENE_MODEL");
  return { engine, model: resolution.model, quality: fitQuality(previous.quality, info), ...(resolution.model !== requested ? { requestedModel: requested } : {}) };
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
export function estimateScenes({ engine, model, quality, aspect, count, references }: { engine: EngineId; model?: string; quality: Quality; aspect: Aspect; count: number; references: number }): SceneEstimate {
  const id = engine === "offline" ? OFFLINE_MODEL : (model ?? defaultModelFor("scene"));
  const { perImage, total } = estimateBatchMicroUsd({ model: id, quality, aspect, segments: count, references: referencesSent(id, references) });
  return { engine, model: id, perImageMicroUsd: perImage, totalMicroUsd: total };
}
