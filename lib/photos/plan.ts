import "server-only";
import { getEnv } from "@/lib/env";
import { cacheKey } from "@/lib/images/cache-key";
import { estimateCostMicroUsd } from "@/lib/images/cost";
import { AppError } from "@/lib/errors";
import { chooseImageModel, defaultModelFor } from "@/lib/images/model-choice";
import { imageModelOrThrow } from "@/lib/images/models";
import { pageBox } from "@/lib/images/paper";
import { chooseRequestSize } from "@/lib/images/size";
import type { PhotoJobInput, PhotoPageOptions } from "./schema";

/** Trace runs offline and free; redraw needs OpenAI. */
export function photoEngine(mode: PhotoPageOptions["mode"]): "offline" | "openai" {
  return mode === "trace" ? "offline" : "openai";
}

export function photoModel(input: Pick<PhotoJobInput, "engine" | "model">): string {
  return input.engine === "openai" ? (input.model ?? defaultModelFor("page")) : "offline-trace";
}

/**
 * Settles the model of a redraw (one this server allows, taking the quality asked for) and
 * refuses a model for a trace, which runs on this server.
 */
export function settlePhotoModel(options: PhotoPageOptions): Pick<PhotoJobInput, "model" | "quality" | "requestedModel"> {
  if (options.mode === "trace") {
    if (options.model) {
      const message = "Trace runs on this server; image models apply to Redraw.";
      throw new AppError("invalid:model", message, { fields: { model: message } });
    }
    return { model: undefined, quality: options.quality };
  }
  const choice = chooseImageModel({ model: options.model, purpose: "page", quality: options.quality });
  return { model: choice.model, quality: choice.quality, ...(choice.requested !== choice.model ? { requestedModel: choice.requested } : {}) };
}

export function redrawRequestSize(input: Pick<PhotoJobInput, "paper" | "orientation" | "engine" | "model">): { width: number; height: number } {
  const box = pageBox(input.paper, input.orientation).content;
  return chooseRequestSize(imageModelOrThrow(photoModel({ ...input, engine: "openai" })), box.width / box.height);
}

/** Vision description, then an edit of the photo (or a generation): estimated before anything is sent. */
export function estimatePhotoCost(input: Pick<PhotoJobInput, "engine" | "model" | "quality" | "paper" | "orientation">): number {
  if (input.engine === "offline") return 0;
  const size = redrawRequestSize(input);
  const model = imageModelOrThrow(photoModel(input));
  return estimateCostMicroUsd({
    model: model.id,
    width: size.width,
    height: size.height,
    quality: input.quality,
    promptChars: 900,
    inputImages: model.photoRedraw === "edit" ? 1 : 0,
    textModel: getEnv().OPENAI_TEXT_MODEL,
  });
}

/** The same photo with the same options gives the same page. */
export function photoCacheKey(input: Omit<PhotoJobInput, "photoId">): string {
  return cacheKey({
    kind: "photo",
    engine: input.engine,
    model: photoModel(input),
    input: {
      photo: input.photoSha256,
      mode: input.mode,
      ageGroup: input.ageGroup,
      paper: input.paper,
      orientation: input.orientation,
      reference: input.reference,
      detail: input.engine === "offline" ? input.detail : undefined,
      simplifyBackground: input.engine === "offline" ? input.simplifyBackground : undefined,
      quality: input.engine === "openai" ? input.quality : undefined,
    },
  });
}
