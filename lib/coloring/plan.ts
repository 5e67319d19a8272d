import "server-only";
import { chooseRequestSize } from "@/lib/images/size";
import { imageModelOrThrow } from "@/lib/images/models";
import { estimateCostMicroUsd } from "@/lib/images/cost";
import { cacheKey } from "@/lib/images/cache-key";
import { defaultModelFor } from "@/lib/images/model-choice";
import { pageBox } from "@/lib/images/paper";
import { printArtArea } from "@/lib/images/print";
import { getEnv } from "@/lib/env";
import type { ColoringJobInput } from "./schema";

/** The image model of a settled input: the one chosen for OpenAI, the composer offline. */
export function coloringModel(input: Pick<ColoringJobInput, "engine" | "model">): string {
  return input.engine === "openai" ? (input.model ?? defaultModelFor("page")) : "offline-composer";
}

/** The pixel size to ask the engine for: the printable area offline, the closest model size online. */
export function coloringRequestSize(input: ColoringJobInput): { width: number; height: number } {
  if (input.engine === "offline") {
    // Drawn at the exact size it is placed at: no resampling, so the page the engine cleaned is the one checked.
    const area = printArtArea(input.paper, input.orientation, input.ageGroup);
    return { width: area.width, height: area.height };
  }
  const box = pageBox(input.paper, input.orientation).content;
  return chooseRequestSize(imageModelOrThrow(coloringModel(input)), box.width / box.height);
}

export interface ColoringEstimate {
  /** Up to this much: the page, and one corrective edit should it still fail its print check. */
  totalMicroUsd: number;
  /** The corrective edit's share, billed only when the page needs it. */
  retryMicroUsd: number;
  /** The SVG author's share, when the page is a vector one. */
  svgMicroUsd: number;
}

/**
 * Estimated cost before generating: model × size × quality, plus the SVG author for a vector page,
 * or up to one corrective edit for a raster one (0 offline).
 */
export function estimateColoring(input: ColoringJobInput): ColoringEstimate {
  if (input.engine === "offline") return { totalMicroUsd: 0, retryMicroUsd: 0, svgMicroUsd: 0 };
  const size = coloringRequestSize(input);
  const base = { model: coloringModel(input), width: size.width, height: size.height, quality: input.quality, promptChars: 900, textModel: getEnv().OPENAI_TEXT_MODEL };
  const raster = estimateCostMicroUsd(base);
  if (!input.vector) {
    // The corrective edit (lib/coloring/corrective-retry) sends the first picture back with a longer prompt.
    const retry = estimateCostMicroUsd({ model: base.model, width: size.width, height: size.height, quality: input.quality, promptChars: 1100, inputImages: 1 });
    return { totalMicroUsd: raster + retry, retryMicroUsd: retry, svgMicroUsd: 0 };
  }
  const total = estimateCostMicroUsd({ ...base, vector: true, svgAuthor: getEnv().OPENAI_SVG_MODEL });
  // A vector page is never corrected by an edit (its SVG would be lost): no retry to reserve.
  return { totalMicroUsd: total, retryMicroUsd: 0, svgMicroUsd: total - raster };
}

export function estimateColoringCost(input: ColoringJobInput): number {
  return estimateColoring(input).totalMicroUsd;
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
      // Offline pages keep their SVG either way; an OpenAI vector page is drawn differently.
      vector: input.engine === "openai" && input.vector ? true : undefined,
      textModel: input.engine === "openai" ? getEnv().OPENAI_TEXT_MODEL : undefined,
    },
  });
}
