import { DEFAULT_SVG_AUTHOR, IMAGE_MODELS, SVG_AUTHOR_MODELS, TEXT_MODELS, TYPICAL_SVG_USAGE, type ImageModelInfo, type Quality } from "./models";

/** Token counts as the Images API reports them in `usage`. */
export interface ImageUsage {
  inputTextTokens: number;
  inputImageTokens: number;
  outputTokens: number;
}

export interface TextUsage {
  inputTokens: number;
  outputTokens: number;
}

/** Dollars per million tokens × tokens = micro-dollars per token × tokens. */
function micro(tokens: number, pricePerMillion: number): number {
  return tokens * pricePerMillion;
}

/** The exact cost, in micro-dollars, of an Images API call from its `usage`. */
export function imageCostMicroUsd(modelId: string, usage: ImageUsage): number {
  const model = IMAGE_MODELS[modelId];
  if (!model) return 0;
  return Math.round(
    micro(usage.inputTextTokens, model.prices.textInput) +
      micro(usage.inputImageTokens, model.prices.imageInput) +
      micro(usage.outputTokens, model.prices.imageOutput),
  );
}

/** The most expensive known SVG author: what an author missing from the table is charged at, so records err high. */
function svgAuthorPrices(model: string): { input: number; output: number; known: boolean } {
  const known = SVG_AUTHOR_MODELS[model] ?? TEXT_MODELS[model]?.prices;
  if (known) return { ...known, known: true };
  const all = Object.values(SVG_AUTHOR_MODELS);
  return { input: Math.max(...all.map((p) => p.input)), output: Math.max(...all.map((p) => p.output)), known: false };
}

/** Whether `svg_usage` from this author model is priced from the table (not the fallback). */
export function isKnownSvgAuthor(model: string): boolean {
  return svgAuthorPrices(model).known;
}

/** The cost, in micro-dollars, of authoring an SVG (`svg_usage`; reasoning tokens are within output tokens). */
export function svgCostMicroUsd(model: string, usage: TextUsage): number {
  const prices = svgAuthorPrices(model);
  return Math.round(micro(usage.inputTokens, prices.input) + micro(usage.outputTokens, prices.output));
}

/** The exact cost, in micro-dollars, of a text model call from its `usage`. */
export function textCostMicroUsd(modelId: string, usage: TextUsage): number {
  const model = TEXT_MODELS[modelId];
  if (!model) return 0;
  return Math.round(micro(usage.inputTokens, model.prices.input) + micro(usage.outputTokens, model.prices.output));
}

export interface EstimateInput {
  model: string;
  width: number;
  height: number;
  quality: Quality;
  /** Approximate prompt length in characters (4 characters ≈ 1 token). */
  promptChars?: number;
  /** Input images for edits, each counted at its tokens for the model. */
  inputImages?: number;
  /** Whether a text-model call (theme expansion, photo description) comes first. */
  textModel?: string;
  /** A vector page: the SVG author's typical usage is added (the configured author, or OpenAI's default). */
  vector?: boolean;
  svgAuthor?: string;
}

/** Output tokens per megapixel at a quality; `auto` is estimated at the row's `autoEstimate`. */
export function outputTokensPerMegapixel(model: ImageModelInfo, quality: Quality): number {
  const tier = quality === "auto" ? model.autoEstimate : quality;
  return model.outputTokensPerMegapixel[tier] ?? model.outputTokensPerMegapixel.high ?? 0;
}

/** An estimate, in micro-dollars, before anything is sent: model × size × quality. */
export function estimateCostMicroUsd(input: EstimateInput): number {
  const model = IMAGE_MODELS[input.model];
  if (!model) return 0;
  const megapixels = (input.width * input.height) / (1024 * 1024);
  const outputTokens = outputTokensPerMegapixel(model, input.quality) * megapixels;
  const textTokens = Math.ceil((input.promptChars ?? 600) / 4);
  const imageTokens = (input.inputImages ?? 0) * 1_300;
  let total = micro(outputTokens, model.prices.imageOutput) + micro(textTokens, model.prices.textInput) + micro(imageTokens, model.prices.imageInput);
  if (input.textModel && TEXT_MODELS[input.textModel]) {
    total += textCostMicroUsd(input.textModel, { inputTokens: 250 + (input.inputImages ? 800 : 0), outputTokens: 120 });
  }
  if (input.vector) total += svgCostMicroUsd(input.svgAuthor ?? DEFAULT_SVG_AUTHOR, TYPICAL_SVG_USAGE);
  return Math.round(total);
}
