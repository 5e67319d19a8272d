import type { AgeGroup, Orientation, Paper } from "../paper";
import type { PrintResult } from "../print";
import type { Canvas } from "./geometry";
import { normalizeSvgTree, type NormalizeOptions } from "./normalize";
import { parseSvg } from "./parse";
import { renderSvgPage } from "./render";
import { sanitizeSvgTree } from "./sanitize";

export { sanitizeSvg, sanitizeSvgTree } from "./sanitize";
export { parseSvg } from "./parse";
export { normalizeSvgTree, REFERENCE_CORNER_SHARE, type NormalizedSvg, type NormalizeOptions } from "./normalize";
export { renderSvgPng, renderSvgPage } from "./render";
export { svgPagePdf, type SvgPdfInput } from "./pdf";
export { canvasOf, type Box, type Canvas } from "./geometry";
export { SVG_LIMITS } from "./limits";

export interface SvgPrintOptions {
  /** The age group whose print check the page is repaired and checked for. */
  ageGroup: AgeGroup;
  paper: Paper;
  orientation: Orientation;
  /** Keep the colors of the reference picture (`true`: the bottom-right corner; or an exact box in the SVG's units). */
  reference?: NormalizeOptions["reference"];
}

export interface SvgPrintReady {
  /** The print-ready SVG: safe, black and white on white (the reference's colors aside). */
  svg: string;
  canvas: Canvas;
  keptReference: boolean;
  /** The 300 DPI page rendered from it. */
  page: PrintResult;
}

/** Untrusted SVG text, sanitized and normalized to black and white on white (no reference kept). */
export function normalizeSvgText(text: string): string {
  return normalizeSvgTree(sanitizeSvgTree(parseSvg(text))).svg;
}

/**
 * Makes untrusted SVG text print-ready: sanitized, normalized to black and white on white (except
 * the optional reference), and rendered as the 300 DPI page. The PDF comes from `svgPagePdf`.
 */
export async function makeSvgPrintReady(text: string, options: SvgPrintOptions): Promise<SvgPrintReady> {
  const clean = sanitizeSvgTree(parseSvg(text));
  const normalized = normalizeSvgTree(clean, { reference: options.reference });
  const page = await renderSvgPage(normalized.svg, normalized.canvas, {
    ageGroup: options.ageGroup,
    paper: options.paper,
    orientation: options.orientation,
    keepColorReference: normalized.keptReference,
  });
  return { svg: normalized.svg, canvas: normalized.canvas, keptReference: normalized.keptReference, page };
}
