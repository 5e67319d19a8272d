import type { ColorPatch } from "./rasterize";
import { renderLayers } from "./render-scene";
import type { Box, SceneLayer } from "./scene";

/** The reference inset's share of the page width. */
const INSET_SHARE = 0.24;

/** Where the colored reference goes: the bottom-right corner, about a quarter of the page wide (whole pixels). */
export function referenceInsetBox(width: number, height: number): Box {
  const w = Math.round(width * INSET_SHARE);
  const h = Math.round((w * height) / width);
  const pad = Math.round(Math.min(width, height) * 0.012);
  return { x: width - w - pad, y: height - h - pad, width: w, height: h };
}

/**
 * The inset as its own small picture: a thin black frame on white holding the same scene
 * coloured in, in miniature.
 */
export function renderInset(box: Box, pageWidth: number, pageHeight: number, layers: readonly SceneLayer[]): ColorPatch {
  const frame = Math.max(3, Math.round(box.width * 0.008));
  const inner = box.width - 2 * frame;
  const innerHeight = box.height - 2 * frame;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}">` +
    `<rect width="${box.width}" height="${box.height}" fill="#000"/>` +
    `<svg x="${frame}" y="${frame}" width="${inner}" height="${innerHeight}" viewBox="0 0 ${pageWidth} ${pageHeight}" preserveAspectRatio="xMidYMid slice">` +
    `<rect x="-10" y="-10" width="${pageWidth + 20}" height="${pageHeight + 20}" fill="#fff"/>${renderLayers(layers, "color")}</svg></svg>`;
  return { box, svg };
}
