import "server-only";
import { getEnv } from "@/lib/env";
import { estimateCostMicroUsd } from "./cost";
import { modelAvailability } from "./lifecycle/availability";
import { getModelCatalog } from "./lifecycle/catalog";
import { resolveImageModel } from "./lifecycle/resolve";
import { allowedImageModels, defaultModelFor } from "./model-choice";
import type { ImageModelList, ImageModelView } from "@/lib/shared/models";
import { IMAGE_MODELS, type ImageModelInfo, type Quality } from "./models";
import { pageBox } from "./paper";
import { ASPECTS } from "./prompts/scene";
import { chooseRequestSize } from "./size";

export type { ImageModelList, ImageModelView } from "@/lib/shared/models";

function typical(info: ImageModelInfo, aspect: number): Partial<Record<Quality, number>> {
  const size = chooseRequestSize(info, aspect);
  return Object.fromEntries(info.qualities.map((quality) => [quality, estimateCostMicroUsd({ model: info.id, width: size.width, height: size.height, quality, promptChars: 900 }) / 1_000_000]));
}

function view(info: ImageModelInfo, now: Date): ImageModelView {
  const availability = modelAvailability(info.id, now);
  let replacement: string | null = null;
  if (!availability.usable) {
    try {
      replacement = resolveImageModel(info.id, now, { quiet: true }).model;
    } catch {
      replacement = null;
    }
  }
  const page = pageBox("letter", "portrait").content;
  return {
    id: info.id,
    label: info.label,
    speed: info.speed,
    status: !availability.usable ? "retired" : availability.shutdownDate ? "retiring" : "available",
    shutdownDate: availability.shutdownDate,
    successor: info.successor,
    replacement,
    defaultFor: (["page", "scene"] as const).filter((purpose) => defaultModelFor(purpose) === info.id),
    capabilities: {
      sizing: info.sizing,
      sizes: info.sizes,
      qualities: info.qualities,
      complexity: info.complexity,
      streaming: info.streaming,
      edits: info.edits,
      maxInputImages: info.maxInputImages,
      transparency: info.transparency,
      vector: info.svg,
    },
    prices: info.prices,
    typicalCostUsd: { page: typical(info, page.width / page.height), scene: typical(info, ASPECTS["16:9"]) },
  };
}

/** The image models users may choose on this server, with what each can do, costs and whether it is retiring. */
export function listImageModelViews(now: Date = new Date()): ImageModelList {
  const catalog = getModelCatalog();
  return {
    openai: Boolean(getEnv().OPENAI_API_KEY),
    defaults: { page: defaultModelFor("page"), scene: defaultModelFor("scene") },
    source: catalog ? "provider" : "table",
    checkedAt: catalog?.fetchedAt.toISOString() ?? null,
    models: allowedImageModels(now).flatMap((id) => (IMAGE_MODELS[id] ? [view(IMAGE_MODELS[id], now)] : [])),
  };
}
