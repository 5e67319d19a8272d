import "server-only";
import { AppError } from "@/lib/errors";
import { IMAGE_MODELS } from "@/lib/images/models";
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

/** What a page would cost before it is made; a vector page needs a model that draws SVG. */
export function estimateColoringRequest(request: ColoringEstimateRequest): ColoringEstimateView {
  const { vector, ...rest } = request;
  const input = resolveColoringInput(rest);
  const model = coloringModel(input);
  if (vector && !IMAGE_MODELS[model]?.svg) {
    const offer = Object.values(IMAGE_MODELS).filter((m) => m.svg).map((m) => m.id).join(", ");
    const message = input.engine === "offline" ? "Vector pages need an OpenAI model that draws SVG." : `${model} cannot draw vector (SVG) pages. Choose one of: ${offer}.`;
    throw new AppError("invalid:vector", message, { fields: { vector: message } });
  }
  const estimate = estimateColoring(input, { vector });
  return {
    engine: input.engine,
    model,
    quality: input.quality,
    vector,
    estimatedCostUsd: microToUsd(estimate.totalMicroUsd),
    correctiveRetryUsd: microToUsd(estimate.retryMicroUsd),
    svgAuthoringUsd: microToUsd(estimate.svgMicroUsd),
  };
}
