import { getEnv } from "@/lib/env";
import { cacheKey } from "@/lib/images/cache-key";
import { estimateCostMicroUsd } from "@/lib/images/cost";
import { imageModelOrThrow } from "@/lib/images/models";
import { pageBox } from "@/lib/images/paper";
import { chooseRequestSize } from "@/lib/images/size";
import type { PhotoJobInput, PhotoPageOptions } from "./schema";

/** Trace runs offline and free; redraw needs OpenAI. */
export function photoEngine(mode: PhotoPageOptions["mode"]): "offline" | "openai" {
  return mode === "trace" ? "offline" : "openai";
}

export function photoModel(input: Pick<PhotoJobInput, "engine">): string {
  return input.engine === "openai" ? getEnv().OPENAI_IMAGE_MODEL : "offline-trace";
}

export function redrawRequestSize(input: Pick<PhotoJobInput, "paper" | "orientation">): { width: number; height: number } {
  const box = pageBox(input.paper, input.orientation).content;
  return chooseRequestSize(imageModelOrThrow(getEnv().OPENAI_IMAGE_MODEL), box.width / box.height);
}

/** Vision description, then an edit of the photo (or a generation): estimated before anything is sent. */
export function estimatePhotoCost(input: Omit<PhotoJobInput, "photoId">): number {
  if (input.engine === "offline") return 0;
  const size = redrawRequestSize(input);
  const model = imageModelOrThrow(getEnv().OPENAI_IMAGE_MODEL);
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
