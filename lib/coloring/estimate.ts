import "server-only";
import { microToUsd } from "@/lib/shared/money";
import { coloringModel, estimateColoring } from "./plan";
import type { ColoringEstimateRequest } from "./schema";
import { resolveColoringInput } from "./start-page";

export interface ColoringEstimateView {
  engine: "openai" | "offline";
  model: string;
  quality: string;
  /** Whether the estimate is for a vector (SVG) page. */
  vector: boolean;
  /** Up to this much: it includes one corrective retry, billed only if the page still fails its print check. */
  estimatedCostUsd: number;
  /** The corrective retry's share of the estimate (0 offline). */
  correctiveRetryUsd: number;
  /** The SVG author's share of the estimate (0 for a raster page). */
  svgAuthoringUsd: number;
}

/** What a page would cost before it is made, exactly as `startColoringPage` reserves it. */
export function estimateColoringRequest(request: ColoringEstimateRequest): ColoringEstimateView {
  const input = resolveColoringInput(request);
  const estimate = estimateColoring(input);
  return {
    engine: input.engine,
    model: coloringModel(input),
    quality: input.quality,
    vector: input.vector,
    estimatedCostUsd: microToUsd(estimate.totalMicroUsd),
    correctiveRetryUsd: microToUsd(estimate.retryMicroUsd),
    svgAuthoringUsd: microToUsd(estimate.svgMicroUsd),
  };
}
