import "server-only";
import { getEnv } from "@/lib/env";
import { defaultEngineId } from "../engine-choice";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { shutdownWarning } from "../models";
import { OfflineEngine } from "./offline";
import { OpenAIEngine } from "./openai/engine";
import type { EngineId, ImageEngine } from "./types";

export type { EngineId, ImageEngine } from "./types";
export { OFFLINE_MODEL } from "./offline";

const globalForEngines = globalThis as unknown as { inkwellEngines?: Map<EngineId, ImageEngine> };

function engines(): Map<EngineId, ImageEngine> {
  globalForEngines.inkwellEngines ??= new Map();
  return globalForEngines.inkwellEngines;
}

/** The engine asked for (or the configured default); a clear error when it is not configured. */
export function getEngine(id: EngineId = defaultEngineId()): ImageEngine {
  const existing = engines().get(id);
  if (existing) return existing;
  let engine: ImageEngine;
  if (id === "openai") {
    const env = getEnv();
    if (!env.OPENAI_API_KEY) {
      throw new AppError("config:openai_missing", "The OpenAI engine is not configured on this server: set OPENAI_API_KEY.");
    }
    engine = new OpenAIEngine({
      apiKey: env.OPENAI_API_KEY,
      baseURL: env.OPENAI_BASE_URL,
      imageModel: env.OPENAI_IMAGE_MODEL,
      textModel: env.OPENAI_TEXT_MODEL,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
      maxRetries: env.OPENAI_MAX_RETRIES,
      partialImages: env.OPENAI_PARTIAL_IMAGES,
    });
  } else {
    engine = new OfflineEngine();
  }
  engines().set(id, engine);
  return engine;
}

/** Logs, once at start-up, what the operator should know: the default engine and announced model shutdowns. */
export function logEngineConfiguration(): void {
  const env = getEnv();
  log.info("image engines", { default: env.imageEngine, openai: Boolean(env.OPENAI_API_KEY), imageModel: env.OPENAI_IMAGE_MODEL });
  const warning = env.OPENAI_API_KEY ? shutdownWarning(env.OPENAI_IMAGE_MODEL) : null;
  if (warning) log.warn(warning);
}

/** Tests swap configuration between cases. */
export function resetEnginesForTests(): void {
  engines().clear();
}
