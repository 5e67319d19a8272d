import { getEnv } from "@/lib/env";
import { estimateCostMicroUsd } from "./cost";
import { modelAvailability } from "./lifecycle/availability";
import { getModelCatalog } from "./lifecycle/catalog";
import { resolveImageModel } from "./lifecycle/resolve";
import { allowedImageModels, defaultModelFor } from "./model-choice";
import { IMAGE_MODELS, type ImageModelInfo, type Quality, type SpeedClass } from "./models";
import { pageBox } from "./paper";
import { ASPECTS } from "./prompts/scene";
import { chooseRequestSize } from "./size";

/** One image model as the API and the model pickers show it. */
export interface ImageModelView {
  id: string;
  label: string;
  speed: SpeedClass;
  /** "retiring": a shutdown date is announced; "retired": requests go to `replacement`. */
  status: "available" | "retiring" | "retired";
  shutdownDate: string | null;
  successor: string | null;
  /** For a retired model: the model used in its place (null when none is available). */
  replacement: string | null;
  /** The purposes this model is the configured default for. */
  defaultFor: Array<"page" | "scene">;
  capabilities: {
    sizing: "fixed" | "flexible";
    sizes: readonly string[];
    qualities: readonly Quality[];
    complexity: boolean;
    streaming: boolean;
    edits: { mask: boolean; markup: boolean } | null;
    maxInputImages: number;
    transparency: boolean;
    vector: boolean;
  };
  /** US dollars per million tokens, and the day they were checked. */
  prices: { textInput: number; imageInput: number; imageOutput: number; checkedOn: string };
  /** Estimated dollars for one picture at each quality: a Letter portrait page, and a 16:9 scene. */
  typicalCostUsd: { page: Partial<Record<Quality, number>>; scene: Partial<Record<Quality, number>> };
}

export interface ImageModelList {
  /** Whether this server has OpenAI at all; without it, models are listed for reference. */
  openai: boolean;
  defaults: { page: string; scene: string };
  /** "provider": statuses come from OpenAI's model list; "table": from Inkwell's table. */
  source: "provider" | "table";
  checkedAt: string | null;
  models: ImageModelView[];
}

function typical(info: ImageModelInfo, aspect: number): Partial<Record<Quality, number>> {
  const size = chooseRequestSize(info, aspect);
  return Object.fromEntries(info.qualities.map((quality) => [quality, estimateCostMicroUsd({ model: info.id, width: size.width, height: size.height, quality, promptChars: 900 }) / 1_000_000]));
}

function view(info: ImageModelInfo, now: Date): ImageModelView {
  const availability = modelAvailability(info.id, now);
  let replacement: string | null = null;
  if (!availability.usable) {
    try {
      replacement = resolveImageModel(info.id, now).model;
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
