import "server-only";
import { getEnv } from "@/lib/env";
import { defaultEngineId } from "../engine-choice";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { defaultModelFor, type ModelPurpose } from "../model-choice";
import { resolveImageModel } from "../lifecycle/resolve";
import { OfflineEngine } from "./offline";
import { OpenAIEngine } from "./openai/engine";
import type { EngineId, ImageEngine } from "./types";

export type { EngineId, ImageEngine } from "./types";
export { OFFLINE_MODEL } from "./offline";

const globalForEngines = globalThis as unknown as { inkwellEngines?: Map<string, ImageEngine> };

function engines(): Map<string, ImageEngine> {
  globalForEngines.inkwellEngines ??= new Map();
  return globalForEngines.inkwellEngines;
}

export interface EngineOptions {
  /** The image model asked for; the purpose's configured model otherwise. */
  model?: string;
  purpose?: ModelPurpose;
}

/**
 * The engine asked for (or the configured default); a clear error when it is not configured. For
 * OpenAI, the engine of the model to use now: the one asked for, or its successor when OpenAI
 * has retired it (a retired model is never sent a request).
 */
export function getEngine(id: EngineId = defaultEngineId(), options: EngineOptions = {}): ImageEngine {
  if (id === "offline") {
    const existing = engines().get("offline");
    if (existing) return existing;
    const engine = new OfflineEngine();
    engines().set("offline", engine);
    return engine;
  }
  const env = getEnv();
  if (!env.OPENAI_API_KEY) {
    throw new AppError("config:openai_missing", "The OpenAI engine is not configured on this server: set OPENAI_API_KEY.");
  }
  const model = resolveImageModel(options.model ?? defaultModelFor(options.purpose ?? "page")).model;
  const key = `openai:${model}`;
  const existing = engines().get(key);
  if (existing) return existing;
  const engine = new OpenAIEngine({
    apiKey: env.OPENAI_API_KEY,
    baseURL: env.OPENAI_BASE_URL,
    imageModel: model,
    textModel: env.OPENAI_TEXT_MODEL,
    timeoutMs: env.OPENAI_TIMEOUT_MS,
    maxRetries: env.OPENAI_MAX_RETRIES,
    partialImages: env.OPENAI_PARTIAL_IMAGES,
    safetySecret: env.AUTH_SECRET,
    svgModel: env.OPENAI_SVG_MODEL,
  });
  engines().set(key, engine);
  return engine;
}

/** Logs, once at start-up, the default engine and models; shutdown warnings come with the provider's model list. */
export function logEngineConfiguration(): void {
  const env = getEnv();
  log.info("image engines", {
    default: env.imageEngine,
    openai: Boolean(env.OPENAI_API_KEY),
    imageModel: env.OPENAI_IMAGE_MODEL,
    sceneModel: env.OPENAI_SCENE_MODEL,
  });
}

/** Tests swap configuration between cases. */
export function resetEnginesForTests(): void {
  engines().clear();
}
