import "server-only";
import type OpenAI from "openai";
import { AppError } from "@/lib/errors";
import { fitQuality } from "../../model-choice";
import type { Complexity, ImageModelInfo, Quality } from "../../models";
import type { EditRequest, GenerateRequest } from "../types";

type GenerateParams = OpenAI.Images.ImageGenerateParamsNonStreaming;
type EditParams = Omit<OpenAI.Images.ImageEditParamsNonStreaming, "image" | "mask" | "markup">;

function unsupported(message: string): AppError {
  return new AppError("unsupported:model_feature", message, undefined, 400);
}

/** The parameters every image call of this model shares; only what the model accepts is sent. */
function common(info: ImageModelInfo, request: { width: number; height: number; quality: Quality; complexity?: Complexity }, safetyIdentifier: string) {
  return {
    model: info.id,
    size: `${request.width}x${request.height}`,
    quality: fitQuality(request.quality, info),
    n: 1,
    safety_identifier: safetyIdentifier,
    ...(info.complexity && request.complexity ? { complexity: request.complexity } : {}),
  };
}

/** `images.generate` parameters: PNG, or an SVG document for a vector coloring page (n = 1, never streamed). */
export function generateParams(info: ImageModelInfo, request: GenerateRequest, options: { safetyIdentifier: string; svgModel?: string }): GenerateParams {
  const quality = request.purpose === "coloring" ? request.options.quality : request.quality;
  const vector = request.purpose === "coloring" && request.vector === true;
  if (vector && !info.svg) throw unsupported(`${info.id} cannot draw vector (SVG) pages; choose a model that can.`);
  return {
    ...common(info, { width: request.width, height: request.height, quality, complexity: request.complexity }, options.safetyIdentifier),
    prompt: request.prompt,
    moderation: "auto",
    output_format: vector ? "svg" : "png",
    ...(vector && options.svgModel ? { svg: { model: options.svgModel } } : {}),
  };
}

/** `images.edit` parameters besides the files; a mask and a markup overlay are never sent together. */
export function editParams(info: ImageModelInfo, request: EditRequest, options: { safetyIdentifier: string }): EditParams {
  if (!info.edits) throw new AppError("unsupported:edit", `${info.id} cannot edit images.`, undefined, 400);
  if (request.mask && request.markup) throw new AppError("invalid:edit", "Send either a mask or a markup drawing, not both.", { fields: { markup: "Send either a mask or a markup drawing, not both." } });
  if (request.mask && !info.edits.mask) throw unsupported(`${info.id} does not take an edit mask.`);
  if (request.markup && !info.edits.markup) throw unsupported(`${info.id} does not take a markup drawing; use a mask, or a model that takes markup.`);
  return {
    ...common(info, request, options.safetyIdentifier),
    prompt: request.prompt,
    output_format: "png",
    ...(info.inputFidelity && request.highFidelity ? { input_fidelity: "high" as const } : {}),
  };
}
