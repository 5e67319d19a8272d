import { chooseRequestSize } from "@/lib/images/size";
import { imageModelOrThrow } from "@/lib/images/models";
import { estimateCostMicroUsd } from "@/lib/images/cost";
import { cacheKey } from "@/lib/images/cache-key";
import { pageBox } from "@/lib/images/paper";
import { getEnv } from "@/lib/env";
import type { ColoringJobInput } from "./schema";

/** The pixel size to ask the engine for: the printable area offline, the closest model size online. */
export function coloringRequestSize(input: ColoringJobInput): { width: number; height: number } {
  const box = pageBox(input.paper, input.orientation).content;
  if (input.engine === "offline") return { width: box.width, height: box.height };
  return chooseRequestSize(imageModelOrThrow(getEnv().OPENAI_IMAGE_MODEL), box.width / box.height);
}

export function coloringModel(input: Pick<ColoringJobInput, "engine">): string {
  return input.engine === "openai" ? getEnv().OPENAI_IMAGE_MODEL : "offline-composer";
}

/** Estimated cost before generating: model × size × quality (0 offline). */
export function estimateColoringCost(input: ColoringJobInput): number {
  if (input.engine === "offline") return 0;
  const size = coloringRequestSize(input);
  return estimateCostMicroUsd({
    model: coloringModel(input),
    width: size.width,
    height: size.height,
    quality: input.quality,
    promptChars: 900,
    textModel: getEnv().OPENAI_TEXT_MODEL,
  });
}

/** Same engine, model, options and theme ⇒ same key. The seed only matters to the offline engine. */
export function coloringCacheKey(input: ColoringJobInput): string {
  return cacheKey({
    kind: "coloring",
    engine: input.engine,
    model: coloringModel(input),
    input: {
      theme: input.theme,
      ageGroup: input.ageGroup,
      paper: input.paper,
      orientation: input.orientation,
      reference: input.reference,
      title: input.title,
      quality: input.engine === "openai" ? input.quality : undefined,
      seed: input.engine === "offline" ? input.seed : undefined,
      textModel: input.engine === "openai" ? getEnv().OPENAI_TEXT_MODEL : undefined,
    },
  });
}
