import { AppError, isAppError } from "@/lib/errors";
import { canvasOf, parseSvg, renderSvgPng, sanitizeSvgTree } from "../../svg";
import { serializeSvg } from "../../svg/tree";
import type { EngineImage, EngineUsage } from "../types";

/**
 * A vector answer: `b64_json` holds an SVG document. It is sanitized before anything else reads
 * it, and rendered at the requested size so the rest of the pipeline sees a picture as usual.
 */
export async function toVectorImage(
  item: { b64_json?: string | null } | undefined,
  model: string,
  usage: EngineUsage,
  box: { width: number; height: number },
  signal?: AbortSignal,
): Promise<EngineImage> {
  if (!item?.b64_json) throw new AppError("provider:bad_response", "OpenAI answered without an image. Please try again.");
  try {
    const clean = sanitizeSvgTree(parseSvg(Buffer.from(item.b64_json, "base64").toString("utf8")));
    const svg = serializeSvg(clean);
    const rendered = await renderSvgPng(svg, canvasOf(clean), box, signal);
    return { png: rendered.png, width: rendered.width, height: rendered.height, svg, model, usage };
  } catch (error) {
    if (isAppError(error) && error.code === "invalid:svg") {
      throw new AppError("provider:bad_response", "OpenAI sent a vector image Inkwell could not use safely. Please try again.");
    }
    throw error;
  }
}
