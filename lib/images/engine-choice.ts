import "server-only";
import { getEnv } from "@/lib/env";
import { ENGINE_IDS, type EngineId } from "@/lib/shared/options";

// Which engines this server offers, read from its configuration without building any engine:
// what pages, estimates and cache keys need.

/** Whether this server can use the engine at all (OpenAI needs a key). */
export function isEngineAvailable(id: EngineId): boolean {
  return id === "offline" || Boolean(getEnv().OPENAI_API_KEY);
}

export function defaultEngineId(): EngineId {
  return getEnv().imageEngine;
}

export function availableEngines(): EngineId[] {
  return ENGINE_IDS.filter(isEngineAvailable);
}

/** The image model an engine would use (for estimates and cache keys). */
export function engineModel(id: EngineId): string {
  return id === "openai" ? getEnv().OPENAI_IMAGE_MODEL : "offline-composer";
}
