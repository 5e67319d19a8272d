import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { imageCostMicroUsd } from "../../cost";
import type { EngineImage, EngineUsage } from "../types";

interface RawUsage {
  input_tokens?: number;
  output_tokens?: number;
  input_tokens_details?: { text_tokens?: number; image_tokens?: number };
}

/** Usage as recorded with an image, priced from the model table. */
export function usageFrom(model: string, raw: RawUsage | undefined | null): EngineUsage {
  const inputTextTokens = raw?.input_tokens_details?.text_tokens ?? raw?.input_tokens ?? 0;
  const inputImageTokens = raw?.input_tokens_details?.image_tokens ?? 0;
  const outputTokens = raw?.output_tokens ?? 0;
  return {
    inputTextTokens,
    inputImageTokens,
    outputTokens,
    costMicroUsd: imageCostMicroUsd(model, { inputTextTokens, inputImageTokens, outputTokens }),
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
