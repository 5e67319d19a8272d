import { getEnv } from "@/lib/env";
import { IMAGE_MODELS } from "../models";
import { modelAvailability, type UnavailableReason } from "./availability";
import { getModelCatalog, getModelCatalogError } from "./catalog";
import { resolveImageModel } from "./resolve";

/** A model that is not used any more, and what is used in its place. */
export interface ModelSubstitution {
  model: string;
  /** The successor used instead, or null when the whole chain is gone. */
  replacement: string | null;
  reason: UnavailableReason;
  shutdownDate: string | null;
}

/** What the operator should know about image models: for the Admin page, a banner and the log. */
export interface ModelLifecycleStatus {
  /** "provider": from `GET /v1/models`; "table": the provider was not read (no key, or unreachable). */
  source: "provider" | "table";
  checkedAt: string | null;
  /** Why the last read failed, if it did. */
  error: string | null;
  /** The configured defaults and what they resolve to now. */
  defaults: Array<{ variable: "OPENAI_IMAGE_MODEL" | "OPENAI_SCENE_MODEL"; model: string; effective: string | null }>;
  /** Known models that are retired or missing, with their replacement. */
  substitutions: ModelSubstitution[];
  /** Models with a shutdown date still to come. */
  announced: Array<{ model: string; shutdownDate: string; successor: string | null }>;
}

/** A retired model's replacement, or null while the model itself is usable (for job details). */
export function describeModelSubstitution(model: string, now: Date = new Date()): ModelSubstitution | null {
  const availability = modelAvailability(model, now);
  if (availability.usable || !availability.reason) return null;
  let replacement: string | null = null;
  try {
    replacement = resolveImageModel(model, now).model;
  } catch {
    replacement = null;
  }
  return { model, replacement, reason: availability.reason, shutdownDate: availability.shutdownDate };
}

function effectiveOf(model: string, now: Date): string | null {
  try {
    return resolveImageModel(model, now).model;
  } catch {
    return null;
  }
}

/** The image models' lifecycle as this process sees it now. */
export function getModelLifecycleStatus(now: Date = new Date()): ModelLifecycleStatus {
  const env = getEnv();
  const catalog = getModelCatalog();
  const substitutions: ModelSubstitution[] = [];
  const announced: ModelLifecycleStatus["announced"] = [];
  for (const id of Object.keys(IMAGE_MODELS)) {
    const substitution = describeModelSubstitution(id, now);
    if (substitution) {
      substitutions.push(substitution);
      continue;
    }
    const { shutdownDate } = modelAvailability(id, now);
    if (shutdownDate) announced.push({ model: id, shutdownDate, successor: IMAGE_MODELS[id]?.successor ?? null });
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
