import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { modelAvailability } from "./lifecycle/availability";
import { resolveImageModel, type ModelResolution } from "./lifecycle/resolve";
import { fitQualityTo } from "@/lib/shared/models";
import { IMAGE_MODELS, imageModelOrThrow, type ImageModelInfo, type Quality } from "./models";

/** What a picture is for: coloring and photo pages, or script scenes. Each has its default model. */
export type ModelPurpose = "page" | "scene";

/** The configured model for a purpose (OPENAI_IMAGE_MODEL or OPENAI_SCENE_MODEL). */
export function defaultModelFor(purpose: ModelPurpose): string {
  const env = getEnv();
  return purpose === "scene" ? env.OPENAI_SCENE_MODEL : env.OPENAI_IMAGE_MODEL;
}

/**
 * The image models users may choose on this server: OPENAI_ALLOWED_IMAGE_MODELS, or by default
 * every model of the table not retired now; the two configured defaults are always included.
 */
export function allowedImageModels(now: Date = new Date()): string[] {
  const env = getEnv();
  const listed = env.OPENAI_ALLOWED_IMAGE_MODELS ?? Object.keys(IMAGE_MODELS).filter((id) => modelAvailability(id, now).usable);
  return [...new Set([...listed, env.OPENAI_IMAGE_MODEL, env.OPENAI_SCENE_MODEL])];
}

/** The closest quality the model takes: itself, `high` for `xhigh`/`max`, else `auto`. */
export function fitQuality(quality: Quality, info: ImageModelInfo): Quality {
  return fitQualityTo(quality, info.qualities);
}

export interface ImageModelChoice {
  /** The model the request named, or the configured default. */
  requested: string;
  /** The model requests go to (a successor when the requested one is retired). */
  model: string;
  info: ImageModelInfo;
  /** The quality to ask for (fitted to the successor when there is one). */
  quality: Quality;
  resolution: ModelResolution;
}

function invalid(field: "model" | "quality", code: "invalid:model" | "invalid:quality", message: string): AppError {
  return new AppError(code, message, { fields: { [field]: message } });
}

/**
 * Settles the image model of a request: the one named (which must be one this server allows) or
 * the purpose's default, with a quality that model takes (400 naming the field otherwise), then
 * the model actually used now (its successor when it is retired).
 */
export function chooseImageModel({ model, purpose, quality }: { model?: string; purpose: ModelPurpose; quality: Quality }): ImageModelChoice {
  const requested = model ?? defaultModelFor(purpose);
  if (model !== undefined && !allowedImageModels().includes(model)) {
    throw invalid("model", "invalid:model", `${model} is not an image model this server offers. Choose one of: ${allowedImageModels().join(", ")}.`);
  }
  const requestedInfo = imageModelOrThrow(requested, purpose === "scene" ? "OPENAI_SCENE_MODEL" : "OPENAI_IMAGE_MODEL");
  if (!requestedInfo.qualities.includes(quality)) {
    throw invalid("quality", "invalid:quality", `${requested} does not take the quality "${quality}". Choose one of: ${requestedInfo.qualities.join(", ")}.`);
  }
  const resolution = resolveImageModel(requested);
  const info = imageModelOrThrow(resolution.model);
  return { requested, model: resolution.model, info, quality: fitQuality(quality, info), resolution };
}
