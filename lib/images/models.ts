import type { Quality } from "@/lib/shared/options";

export type { Quality };

/**
 * The one table of OpenAI models Inkwell knows: what each image model accepts and what each token
 * costs. Prices are US dollars per million tokens. Adding a model is one row here.
 */

export interface ImageModelInfo {
  id: string;
  /** "fixed": only the sizes listed; "flexible": any WxH within the limits below. */
  sizing: "fixed" | "flexible";
  sizes: readonly string[];
  /** For flexible sizing: every side a multiple of this, and these bounds. */
  flexible?: { multiple: number; maxSide: number; maxPixels: number; minPixels: number; maxAspect: number };
  qualities: readonly Quality[];
  transparency: boolean;
  streaming: boolean;
  edits: boolean;
  /** Whether `input_fidelity` is accepted on edits. */
  inputFidelity: boolean;
  maxInputImages: number;
  /** Output tokens per 1024×1024 image at each quality, used for estimates before a call. */
  outputTokensPerMegapixel: Record<Quality, number>;
  prices: { textInput: number; imageInput: number; imageOutput: number };
  /** ISO date of an announced shutdown. */
  shutdownOn?: string;
  /** For photo redraws: edit the photo itself, or generate from a description of it. */
  photoRedraw: "edit" | "generate";
}

const GPT_IMAGE_1_TOKENS: Record<Quality, number> = { low: 272, medium: 1056, high: 4160 };
const FIXED_SIZES = ["1024x1024", "1536x1024", "1024x1536"] as const;

export const IMAGE_MODELS: Record<string, ImageModelInfo> = {
  "gpt-image-2": {
    id: "gpt-image-2",
    sizing: "flexible",
    sizes: ["1024x1024", "1536x1024", "1024x1536", "2048x2048", "1536x2048", "2048x1536"],
    flexible: { multiple: 16, maxSide: 3840, maxPixels: 8_294_400, minPixels: 655_360, maxAspect: 3 },
    qualities: ["low", "medium", "high"],
    transparency: false,
    streaming: true,
    edits: true,
    inputFidelity: false,
    maxInputImages: 16,
    outputTokensPerMegapixel: { low: 196, medium: 1756, high: 7034 },
    prices: { textInput: 5, imageInput: 8, imageOutput: 30 },
    photoRedraw: "edit",
  },
  "gpt-image-1.5": {
    id: "gpt-image-1.5",
    sizing: "fixed",
    sizes: FIXED_SIZES,
    qualities: ["low", "medium", "high"],
    transparency: true,
    streaming: true,
    edits: true,
    inputFidelity: true,
    maxInputImages: 16,
    outputTokensPerMegapixel: GPT_IMAGE_1_TOKENS,
    prices: { textInput: 5, imageInput: 8, imageOutput: 32 },
    shutdownOn: "2026-12-01",
    photoRedraw: "edit",
  },
  "gpt-image-1": {
    id: "gpt-image-1",
    sizing: "fixed",
    sizes: FIXED_SIZES,
    qualities: ["low", "medium", "high"],
    transparency: true,
    streaming: true,
    edits: true,
    inputFidelity: true,
    maxInputImages: 16,
    outputTokensPerMegapixel: GPT_IMAGE_1_TOKENS,
    prices: { textInput: 5, imageInput: 10, imageOutput: 40 },
    photoRedraw: "edit",
  },
  "gpt-image-1-mini": {
    id: "gpt-image-1-mini",
    sizing: "fixed",
    sizes: FIXED_SIZES,
    qualities: ["low", "medium", "high"],
    transparency: true,
    streaming: true,
    edits: true,
    inputFidelity: false,
    maxInputImages: 16,
    outputTokensPerMegapixel: GPT_IMAGE_1_TOKENS,
    prices: { textInput: 2, imageInput: 2.5, imageOutput: 8 },
    shutdownOn: "2026-12-01",
    photoRedraw: "generate",
  },
};

export interface TextModelInfo {
  id: string;
  vision: boolean;
  prices: { input: number; output: number };
}

export const TEXT_MODELS: Record<string, TextModelInfo> = {
  "gpt-4o-mini": { id: "gpt-4o-mini", vision: true, prices: { input: 0.15, output: 0.6 } },
  "gpt-4.1-mini": { id: "gpt-4.1-mini", vision: true, prices: { input: 0.4, output: 1.6 } },
  "gpt-4.1-nano": { id: "gpt-4.1-nano", vision: true, prices: { input: 0.1, output: 0.4 } },
  "gpt-5-mini": { id: "gpt-5-mini", vision: true, prices: { input: 0.25, output: 2 } },
};

/** The model's row, or an error naming the variable to fix. */
export function imageModelOrThrow(id: string): ImageModelInfo {
  const info = IMAGE_MODELS[id];
  if (!info) {
    throw new Error(
      `OPENAI_IMAGE_MODEL=${id} is not a known image model; use one of ${Object.keys(IMAGE_MODELS).join(", ")}`,
    );
  }
  return info;
}

export function textModelOrThrow(id: string): TextModelInfo {
  const info = TEXT_MODELS[id];
  if (!info) {
    throw new Error(`OPENAI_TEXT_MODEL=${id} is not a known text model; use one of ${Object.keys(TEXT_MODELS).join(", ")}`);
  }
  return info;
}

/** A warning for models whose shutdown is announced, or null. */
export function shutdownWarning(id: string, today: Date = new Date()): string | null {
  const info = IMAGE_MODELS[id];
  if (!info?.shutdownOn) return null;
  const shutdown = new Date(`${info.shutdownOn}T00:00:00Z`);
  const verb = today >= shutdown ? "was shut down" : "is announced for shutdown";
  return `OPENAI_IMAGE_MODEL=${id} ${verb} on ${info.shutdownOn}; switch to gpt-image-2.`;
}
