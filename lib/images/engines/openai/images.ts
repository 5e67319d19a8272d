import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { imageCostMicroUsd, isKnownSvgAuthor, svgCostMicroUsd } from "../../cost";
import type { EngineImage, EngineUsage, SvgUsage } from "../types";

interface RawUsage {
  input_tokens?: number;
  output_tokens?: number;
  input_tokens_details?: { text_tokens?: number; image_tokens?: number };
}

interface RawSvgUsage {
  model?: string;
  input_tokens?: number;
  output_tokens?: number;
  reasoning_tokens?: number;
}

const count = (value: number | undefined): number => (typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.round(value) : 0);

/** The SVG author's usage, priced from its table (the most expensive known author when it is not listed, with a log line). */
export function svgUsageFrom(raw: RawSvgUsage | undefined | null, fallbackModel: string): SvgUsage | undefined {
  if (!raw) return undefined;
  const model = typeof raw.model === "string" && raw.model !== "" ? raw.model : fallbackModel;
  const inputTokens = count(raw.input_tokens);
  const outputTokens = count(raw.output_tokens);
  if (!isKnownSvgAuthor(model)) log.warn("SVG author model has no price in the table; priced at the most expensive known author", { model });
  return { model, inputTokens, outputTokens, reasoningTokens: count(raw.reasoning_tokens), costMicroUsd: svgCostMicroUsd(model, { inputTokens, outputTokens }) };
}

/** Usage as recorded with an image, priced from the model table, the SVG author's included. */
export function usageFrom(model: string, raw: RawUsage | undefined | null, svg?: SvgUsage): EngineUsage {
  const inputTextTokens = raw?.input_tokens_details?.text_tokens ?? raw?.input_tokens ?? 0;
  const inputImageTokens = raw?.input_tokens_details?.image_tokens ?? 0;
  const outputTokens = raw?.output_tokens ?? 0;
  const imageCost = imageCostMicroUsd(model, { inputTextTokens, inputImageTokens, outputTokens });
  return {
    inputTextTokens,
    inputImageTokens,
    outputTokens,
    costMicroUsd: imageCost + (svg?.costMicroUsd ?? 0),
    ...(svg ? { svg } : {}),
  };
}

/** Bytes of an answer's image: GPT image models send base64; older ones a URL valid for an hour. */
export async function imageBytes(item: { b64_json?: string | null; url?: string | null } | undefined, signal?: AbortSignal): Promise<Buffer> {
  if (item?.b64_json) return Buffer.from(item.b64_json, "base64");
  if (item?.url) {
    const response = await fetch(item.url, { signal: signal ?? AbortSignal.timeout(60_000) });
    if (!response.ok) throw new AppError("provider:bad_response", "OpenAI's image link could not be downloaded. Please try again.");
    return Buffer.from(await response.arrayBuffer());
  }
  throw new AppError("provider:bad_response", "OpenAI answered without an image. Please try again.");
}

/** Checks the bytes are an image and returns them as PNG with its size (PNG answers pass through as they are). */
export async function toEngineImage(
  bytes: Buffer,
  model: string,
  usage: EngineUsage,
  revisedPrompt?: string | null,
): Promise<EngineImage> {
  try {
    const meta = await sharp(bytes, { limitInputPixels: 40_000_000 }).metadata();
    if (!meta.width || !meta.height) throw new Error("no size");
    const png = meta.format === "png" ? bytes : await sharp(bytes, { limitInputPixels: 40_000_000 }).png().toBuffer();
    return { png, width: meta.width, height: meta.height, model, usage, revisedPrompt: revisedPrompt ?? undefined };
  } catch {
    throw new AppError("provider:bad_response", "OpenAI sent an image Inkwell could not read. Please try again.");
  }
}
