import type { ModelChoice } from "@/components/models/model-picker";
import type { ImageModelView } from "@/lib/shared/models";
import type { EngineChoice, ScriptView } from "./types";

/**
 * What one scene image should cost with the engine, model and quality chosen in the studio, in
 * dollars, before anything is made: 0 offline; the server's estimate for this script (its aspect
 * and references) when it is for that model and quality; the model list's typical price of a
 * scene otherwise; null when neither knows.
 */
export function sceneImagePrice(script: Pick<ScriptView, "estimate">, engine: EngineChoice, choice: ModelChoice, models: readonly ImageModelView[]): number | null {
  if (engine === "offline") return 0;
  const estimate = script.estimate;
  if (estimate && estimate.engine === engine && estimate.model === choice.model && (estimate.quality === undefined || estimate.quality === choice.quality)) {
    return estimate.perImageUsd;
  }
  return models.find((m) => m.id === choice.model)?.typicalCostUsd.scene[choice.quality] ?? null;
}

/** An edit is one OpenAI image of the model at the quality: the model list's typical scene price. */
export function editPrice(models: readonly ImageModelView[], model: string | undefined, quality: ModelChoice["quality"]): number | null {
  // Without a model the server picks its default: the price is not known here.
  if (!model) return null;
  return models.find((m) => m.id === model)?.typicalCostUsd.scene[quality] ?? null;
}

/** The price of `count` images, or null when one image's price is unknown. */
export const timesImages = (price: number | null, count: number): number | null => (price === null ? null : price * count);
