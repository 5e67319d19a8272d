import { AppError } from "@/lib/errors";
import { estimateCostMicroUsd } from "@/lib/images/cost";
import { IMAGE_MODELS, type Quality } from "@/lib/images/models";
import { ASPECTS, type Aspect } from "@/lib/images/prompts/scene";
import { chooseRequestSize } from "@/lib/images/size";

/** The engine that draws locally, for free. */
export const OFFLINE_MODEL = "offline-composer";
/** A scene prompt: style template, framing and rules (~500 characters) plus a typical segment. */
const SCENE_PROMPT_CHARS = 900;

export interface BatchEstimateInput {
  model: string;
  quality: Quality;
  aspect: Aspect;
  /** How many images: one per segment (plus variations, if any are counted in). */
  segments: number;
  /** A text model called once per image first, if any. */
  textModel?: string;
  /** Reference images sent with each request. */
  references?: number;
}

/**
 * What illustrating a script should cost, in micro-dollars, before anything is sent: each image
 * at the size the model will be asked for at this aspect, times the number of images.
 */
export function estimateBatchMicroUsd(input: BatchEstimateInput): { perImage: number; total: number } {
  if (!Number.isInteger(input.segments) || input.segments < 0) {
    throw new AppError("invalid:estimate", `The number of images must be a whole number, not ${input.segments}.`);
  }
  if (input.model === OFFLINE_MODEL) return { perImage: 0, total: 0 };
  const model = IMAGE_MODELS[input.model];
  if (!model) throw new AppError("invalid:model", `${input.model} is not a known image model.`);
  const { width, height } = chooseRequestSize(model, ASPECTS[input.aspect]);
  const perImage = estimateCostMicroUsd({
    model: input.model,
    width,
    height,
    quality: input.quality,
    promptChars: SCENE_PROMPT_CHARS,
    inputImages: input.references ?? 0,
    textModel: input.textModel,
  });
  return { perImage, total: perImage * input.segments };
}
