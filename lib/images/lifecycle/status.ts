import "server-only";
import { getEnv } from "@/lib/env";
import { allowedImageModels } from "../model-choice";
import type { ModelLifecycleStatus, ModelSubstitution } from "@/lib/shared/models";
import { IMAGE_MODELS } from "../models";
import { modelAvailability } from "./availability";
import { getModelCatalog, getModelCatalogError } from "./catalog";
import { resolveImageModel } from "./resolve";

export type { ModelLifecycleStatus, ModelSubstitution } from "@/lib/shared/models";

/** A retired model's replacement, or null while the model itself is usable (for job details). */
export function describeModelSubstitution(model: string, now: Date = new Date()): ModelSubstitution | null {
  const availability = modelAvailability(model, now);
  if (availability.usable || !availability.reason) return null;
  let replacement: string | null = null;
  try {
    replacement = resolveImageModel(model, now, { quiet: true }).model;
  } catch {
    replacement = null;
  }
  return { model, replacement, reason: availability.reason, shutdownDate: availability.shutdownDate };
}

function effectiveOf(model: string, now: Date): string | null {
  try {
    return resolveImageModel(model, now, { quiet: true }).model;
  } catch {
    return null;
  }
}

/** The image models' lifecycle as this process sees it now. */
export function getModelLifecycleStatus(now: Date = new Date()): ModelLifecycleStatus {
  const env = getEnv();
  const catalog = getModelCatalog();
  const substitutions: ModelLifecycleStatus["substitutions"] = [];
  const announced: ModelLifecycleStatus["announced"] = [];
  const inUse = new Set([env.OPENAI_IMAGE_MODEL, env.OPENAI_SCENE_MODEL, ...(env.OPENAI_ALLOWED_IMAGE_MODELS ?? allowedImageModels(now))]);
  for (const id of Object.keys(IMAGE_MODELS)) {
    const substitution = describeModelSubstitution(id, now);
    if (substitution) {
      substitutions.push({ ...substitution, inUse: inUse.has(id) });
      continue;
    }
    const { shutdownDate } = modelAvailability(id, now);
    if (shutdownDate) announced.push({ model: id, shutdownDate, successor: IMAGE_MODELS[id]?.successor ?? null, inUse: inUse.has(id) });
  }
  return {
    source: catalog ? "provider" : "table",
    checkedAt: catalog?.fetchedAt.toISOString() ?? null,
    error: getModelCatalogError(),
    defaults: [
      { variable: "OPENAI_IMAGE_MODEL", model: env.OPENAI_IMAGE_MODEL, effective: effectiveOf(env.OPENAI_IMAGE_MODEL, now) },
      { variable: "OPENAI_SCENE_MODEL", model: env.OPENAI_SCENE_MODEL, effective: effectiveOf(env.OPENAI_SCENE_MODEL, now) },
    ],
    substitutions,
    announced,
  };
}
