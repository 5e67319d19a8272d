import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { makePrintReady, type PrintResult } from "../print";
import { pageBox, type AgeGroup, type Orientation, type Paper } from "../paper";
import type { Canvas } from "./geometry";

/** The system's fonts (DejaVu on Debian) draw any text; nothing is fetched (images never survive sanitizing). */
const BASE: ResvgRenderOptions = {
  background: "#ffffff",
  font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  shapeRendering: 2,
  logLevel: "off",
};

/** The size a canvas takes when fitted inside a box, aspect kept. */
export function fittedSize(canvas: Pick<Canvas, "width" | "height">, box: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(box.width / canvas.width, box.height / canvas.height);
  return { width: Math.max(1, Math.round(canvas.width * scale)), height: Math.max(1, Math.round(canvas.height * scale)) };
}

/** Renders an SVG (already sanitized) to PNG, fitted inside `box`. */
export async function renderSvgPng(svg: string, canvas: Pick<Canvas, "width" | "height">, box: { width: number; height: number }, signal?: AbortSignal): Promise<{ png: Buffer; width: number; height: number }> {
  const size = fittedSize(canvas, box);
  const image = await renderAsync(svg, { ...BASE, fitTo: { mode: "width", value: size.width } }, signal ?? null);
  return { png: image.asPng(), width: image.width, height: image.height };
}

/**
 * The 300 DPI page of a normalized SVG: rendered at the printable area's size, then through the
 * same print step as every raster page (margins, paper size, pure black and white except the
 * reference).
 */
export async function renderSvgPage(svg: string, canvas: Canvas, options: { ageGroup: AgeGroup; paper: Paper; orientation: Orientation; keepColorReference: boolean }): Promise<PrintResult> {
  const { png } = await renderSvgPng(svg, canvas, pageBox(options.paper, options.orientation).content);
  return makePrintReady(png, options);
}
