/**
 * GPT image model rules, in one table (see /work/shared/openai/README.md and the size/quality
 * descriptions of `CreateImageRequest` in the spec).
 */
import { apiError, modelNotFoundError, type ApiError } from "./errors";

export type Quality = "low" | "medium" | "high";
export type OutputFormat = "png" | "jpeg" | "webp";

export interface ImageModelRule {
  /** "fixed": 1024x1024, 1536x1024, 1024x1536, auto. "flexible": any WxH within the limits below. */
  sizes: "fixed" | "flexible";
  inputFidelity: boolean;
  /** `quality` values besides the standard low, medium, high and auto (`xhigh`, `max`). */
  extraQualities?: readonly string[];
  /** `complexity` accepted. */
  complexity?: boolean;
  /** `markup` accepted on edits. */
  markup?: boolean;
  /** `output_format: "svg"` (and `gif`) accepted on generations. */
  vector?: boolean;
  /** Announced shutdown: from that day the model answers 404 and `GET /v1/models` shows the date. */
  shutdown?: string;
}

export const FIXED_SIZES = ["1024x1024", "1536x1024", "1024x1536"] as const;

/** gpt-image-2 limits. */
export const FLEX_LIMITS = {
  multiple: 16,
  maxSide: 3840,
  maxAspect: 3,
  maxPixels: 8_294_400,
  minPixels: 655_360,
} as const;

const V25: ImageModelRule = { sizes: "flexible", inputFidelity: false, extraQualities: ["xhigh", "max"], markup: true };
const V26: ImageModelRule = { sizes: "fixed", inputFidelity: false, complexity: true, vector: true };

/** What OpenAI serves (SDK 7.59.0 and the 2.6 launch notes; see lib/images/models.ts for the sources). */
export const IMAGE_MODELS: Readonly<Record<string, ImageModelRule>> = {
  "gpt-image-1": { sizes: "fixed", inputFidelity: true, shutdown: "2026-10-23" },
  "gpt-image-1-mini": { sizes: "fixed", inputFidelity: false, shutdown: "2026-12-01" },
  "gpt-image-1.5": { sizes: "fixed", inputFidelity: true, shutdown: "2026-12-01" },
  "chatgpt-image-latest": { sizes: "fixed", inputFidelity: true, shutdown: "2026-12-01" },
  "gpt-image-2": { sizes: "flexible", inputFidelity: true },
  "gpt-image-2-2026-04-21": { sizes: "flexible", inputFidelity: true },
  "gpt-image-2.5-flare": V25,
  "gpt-image-2.5-flare-2026-09-08": V25,
  "gpt-image-2.5-sunburst": V25,
  "gpt-image-2.5-sunburst-2026-09-08": V25,
  "gpt-image-2.6-flare": V26,
  "gpt-image-2.6-sunburst": V26,
};

/** Models that exist in the spec's enums but are shut down: answered like an unknown model. */
export const RETIRED_IMAGE_MODELS = new Set(["dall-e-2", "dall-e-3"]);

/** Output image tokens per 1024x1024 image (gpt-image-1 table), scaled by area for other sizes. */
export const OUTPUT_TOKENS_PER_MEGAPIXEL: Readonly<Record<Quality, number>> = {
  low: 272,
  medium: 1056,
  high: 4160,
};

/** The exact published gpt-image-1 figures for the fixed sizes. */
const FIXED_OUTPUT_TOKENS: Readonly<Record<string, Record<Quality, number>>> = {
  "1024x1024": { low: 272, medium: 1056, high: 4160 },
  "1024x1536": { low: 408, medium: 1584, high: 6240 },
  "1536x1024": { low: 400, medium: 1568, high: 6208 },
};

export interface Dimensions {
  width: number;
  height: number;
}

export function parseSize(size: string): Dimensions | undefined {
  const m = /^(\d{1,5})x(\d{1,5})$/.exec(size);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** The pixel size of the produced image (`auto` → 1024x1024). */
export function resolveSize(size: string | undefined | null): Dimensions {
  if (!size || size === "auto") return { width: 1024, height: 1024 };
  return parseSize(size) ?? { width: 1024, height: 1024 };
}

export function resolveQuality(quality: string | undefined | null): Quality {
  return quality === "low" || quality === "high" ? quality : "medium";
}

export function outputTokens(size: Dimensions, quality: Quality): number {
  const exact = FIXED_OUTPUT_TOKENS[`${size.width}x${size.height}`];
  if (exact) return exact[quality];
  const area = (size.width * size.height) / (1024 * 1024);
  return Math.max(16, Math.round(OUTPUT_TOKENS_PER_MEGAPIXEL[quality] * area));
}

export function textTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/** Vision-style input image tokens: 512-px tiles after fitting; high fidelity adds detail tokens. */
export function inputImageTokens(size: Dimensions, fidelity: "low" | "high"): number {
  let { width, height } = size;
  const fit = Math.min(1, 2048 / Math.max(width, height));
  width *= fit;
  height *= fit;
  const shortScale = Math.min(1, 768 / Math.min(width, height));
  width *= shortScale;
  height *= shortScale;
  const tiles = Math.ceil(width / 512) * Math.ceil(height / 512);
  const base = 65 + 129 * tiles;
  if (fidelity === "low") return base;
  return base + Math.round((4096 * Math.min(size.width * size.height, 1536 * 1024)) / (1024 * 1024));
}

export interface RuleError {
  status: number;
  message: string;
  param: string | null;
  code: string | null;
}

export function ruleToApiError(rule: RuleError): ApiError {
  return apiError(rule.status, rule.message, { param: rule.param, code: rule.code });
}

function invalidValue(param: string, value: unknown, supported: readonly string[]): RuleError {
  const list = supported.map((s) => `'${s}'`);
  const last = list.pop();
  const text = list.length > 0 ? `${list.join(", ")}, and ${last ?? ""}` : (last ?? "");
  return {
    status: 400,
    message: `Invalid value: '${String(value)}'. Supported values are: ${text}.`,
    param,
    code: "invalid_value",
  };
}

export function checkSize(model: string, rule: ImageModelRule, size: string): RuleError | undefined {
  if (size === "auto") return undefined;
  if (rule.sizes === "fixed") {
    return FIXED_SIZES.includes(size as (typeof FIXED_SIZES)[number])
      ? undefined
      : invalidValue("size", size, [...FIXED_SIZES, "auto"]);
  }
  const dims = parseSize(size);
  const bad = (why: string): RuleError => ({
    status: 400,
    message: `Invalid size '${size}' for ${model}: ${why}`,
    param: "size",
    code: "invalid_value",
  });
  if (!dims) return bad("expected 'WIDTHxHEIGHT' or 'auto'.");
  const { width, height } = dims;
  if (width % FLEX_LIMITS.multiple !== 0 || height % FLEX_LIMITS.multiple !== 0) {
    return bad(`width and height must both be multiples of ${FLEX_LIMITS.multiple}.`);
  }
  if (Math.max(width, height) > FLEX_LIMITS.maxSide) {
    return bad(`the longest side must be at most ${FLEX_LIMITS.maxSide} pixels.`);
  }
  if (Math.max(width, height) > FLEX_LIMITS.maxAspect * Math.min(width, height)) {
    return bad("the aspect ratio must be between 1:3 and 3:1.");
  }
  const pixels = width * height;
  if (pixels > FLEX_LIMITS.maxPixels) {
    return bad(`at most ${FLEX_LIMITS.maxPixels} pixels in total (${pixels} requested).`);
  }
  if (pixels < FLEX_LIMITS.minPixels) {
    return bad(`at least ${FLEX_LIMITS.minPixels} pixels in total (${pixels} requested).`);
  }
  return undefined;
}

/** Fields shared by generation and (multipart or JSON) edit requests after type coercion. */
export interface ImageParams {
  model?: unknown;
  prompt?: unknown;
  size?: unknown;
  quality?: unknown;
  background?: unknown;
  output_format?: unknown;
  output_compression?: unknown;
  stream?: unknown;
  partial_images?: unknown;
  response_format?: unknown;
  style?: unknown;
  input_fidelity?: unknown;
  n?: unknown;
  complexity?: unknown;
  svg?: unknown;
  frame_count?: unknown;
  frame_duration_ms?: unknown;
  safety_identifier?: unknown;
  markup?: unknown;
  mask?: unknown;
}

/**
 * Model rules beyond the JSON schema. Returns the first blocking problem(s); an empty list means
 * the request may be answered.
 */
export function checkImageRules(params: ImageParams, kind: "generation" | "edit", isRetired: (model: string) => boolean = () => false): RuleError[] {
  const errors: RuleError[] = [];
  const model = params.model;
  if (model === undefined || model === null || model === "") {
    errors.push({
      status: 400,
      message:
        "Missing required parameter: 'model'. (Inkwell test server: always send the model explicitly; the endpoint's default is not the model you want.)",
      param: "model",
      code: "missing_required_parameter",
    });
    return errors;
  }
  if (typeof model !== "string") return errors; // the schema reports the type error
  const rule = IMAGE_MODELS[model];
  if (rule && isRetired(model)) {
    const e = modelNotFoundError(model);
    errors.push({ status: e.status, message: `The model \`${model}\` has been shut down and is no longer available.`, param: "model", code: "model_not_found" });
    return errors;
  }
  if (!rule) {
    const e = modelNotFoundError(model);
    const message = RETIRED_IMAGE_MODELS.has(model)
      ? `The model \`${model}\` has been shut down. Use a GPT image model such as gpt-image-2.`
      : e.body.error.message;
    errors.push({ status: e.status, message, param: "model", code: "model_not_found" });
    return errors;
  }
  if (typeof params.prompt === "string" && params.prompt.length > 32000) {
    errors.push({
      status: 400,
      message: `Invalid 'prompt': string too long. Expected a string with maximum length 32000, but got a string with length ${params.prompt.length} instead.`,
      param: "prompt",
      code: "string_above_max_length",
    });
  }
  if (typeof params.size === "string") {
    const sizeError = checkSize(model, rule, params.size);
    if (sizeError) errors.push(sizeError);
  }
  const qualities = ["low", "medium", "high", ...(rule.extraQualities ?? []), "auto"];
  if (typeof params.quality === "string" && !qualities.includes(params.quality)) {
    errors.push(invalidValue("quality", params.quality, qualities));
  }
  if (params.complexity !== undefined && params.complexity !== null && !rule.complexity) {
    errors.push({ status: 400, message: `'complexity' is not supported for ${model}.`, param: "complexity", code: "unsupported_parameter" });
  }
  errors.push(...checkOutputFormat(model, rule, params, kind));
  if (params.markup !== undefined && params.markup !== null) {
    if (kind !== "edit" || !rule.markup) errors.push({ status: 400, message: `'markup' is not supported for ${model}.`, param: "markup", code: "unsupported_parameter" });
    else if (params.mask !== undefined && params.mask !== null) errors.push({ status: 400, message: "'markup' cannot be combined with 'mask'.", param: "markup", code: "invalid_value" });
  }
  if (typeof params.safety_identifier === "string" && params.safety_identifier.length > 64) {
    errors.push({ status: 400, message: "Invalid 'safety_identifier': string too long (maximum 64 characters).", param: "safety_identifier", code: "string_above_max_length" });
  }
  for (const legacy of ["response_format", "style"] as const) {
    if (params[legacy] !== undefined && params[legacy] !== null) {
      errors.push({
        status: 400,
        message: `Unknown parameter: '${legacy}'. (${legacy} is not supported for GPT image models, which always return b64_json.)`,
        param: legacy,
        code: "unknown_parameter",
      });
    }
  }
  const format = typeof params.output_format === "string" ? params.output_format : "png";
  if (params.background === "transparent" && format === "jpeg") {
    errors.push({
      status: 400,
      message: "Transparent background is not supported with output_format 'jpeg'. Use 'png' or 'webp'.",
      param: "background",
      code: "invalid_value",
    });
  }
  if (typeof params.output_compression === "number" && (params.output_compression < 0 || params.output_compression > 100)) {
    errors.push({
      status: 400,
      message: `Invalid 'output_compression': ${params.output_compression}. Expected a value between 0 and 100.`,
      param: "output_compression",
      code: "invalid_value",
    });
  }
  const partial = params.partial_images;
  if (partial !== undefined && partial !== null && params.stream !== true) {
    errors.push({
      status: 400,
      message: "'partial_images' is only supported when 'stream' is true.",
      param: "partial_images",
      code: "invalid_value",
    });
  }
  if (kind === "edit" && params.input_fidelity !== undefined && params.input_fidelity !== null && !rule.inputFidelity) {
    errors.push({
      status: 400,
      message: `'input_fidelity' is not supported for ${model}.`,
      param: "input_fidelity",
      code: "unsupported_parameter",
    });
  }
  return errors;
}

/** SVG and GIF output: which models, which endpoint, and what they cannot be combined with. */
function checkOutputFormat(model: string, rule: ImageModelRule, params: ImageParams, kind: "generation" | "edit"): RuleError[] {
  const format = params.output_format;
  const errors: RuleError[] = [];
  const bad = (param: string, message: string): void => {
    errors.push({ status: 400, message, param, code: "invalid_value" });
  };
  if (format !== "svg" && params.svg !== undefined && params.svg !== null) bad("svg", "'svg' requires output_format 'svg'.");
  if (format !== "gif" && (params.frame_count ?? null) !== null) bad("frame_count", "'frame_count' requires output_format 'gif'.");
  if (format !== "svg" && format !== "gif") return errors;
  if (!rule.vector) {
    bad("output_format", `output_format '${String(format)}' is not supported for ${model}.`);
    return errors;
  }
  if (format === "svg" && kind === "edit") bad("output_format", "SVG output is only available on the image generation endpoint.");
  if (typeof params.n === "number" && params.n !== 1) bad("n", `${String(format).toUpperCase()} output requires n=1.`);
  if (params.stream === true) bad("stream", `${String(format).toUpperCase()} output does not support streaming.`);
  if (params.partial_images !== undefined && params.partial_images !== null) bad("partial_images", `${String(format).toUpperCase()} output does not support partial images.`);
  if (params.output_compression !== undefined && params.output_compression !== null) bad("output_compression", `${String(format).toUpperCase()} output does not support output_compression.`);
  return errors;
}
