import { loadArt } from "../art";
import { COLORS } from "../backgrounds/frame";
import { drawShapes, selectShapes } from "../outline";
import { n, type Box, type SceneLayer, type SceneShape } from "../scene";
import type { SvgShape } from "../svg-shapes";
import { shiftFill, type FillShift } from "./color";

const ROUND = 'stroke-linejoin="round" stroke-linecap="round"';

/** How a piece of artwork is painted. */
export type ArtPaint =
  | { kind: "color"; contour?: { color: string; line: number } }
  | { kind: "cartoon"; line: number; color: string }
  | { kind: "silhouette"; fill: string; detail: string; line: number };

/** How the setting's shapes are painted. */
export interface ScenePaint {
  /** Outline of closed shapes; null paints fills only. */
  line: { color: string; width: number } | null;
  /** Stroke for open lines (waves, snowflakes, stems), which have no fill. */
  open: { color: string; width: number; opacity: number };
  fills: FillShift;
  /** Paint for the full-page fill of a setting (its sky, the night, the sea), by its colour. */
  page(fill: string): string;
  /** Clouds (white shapes among the small things scattered around the subjects). */
  cloud: { fill: string; opacity: number };
  /** Drop the setting's own sun (the look draws its own light). */
  dropSun: boolean;
  art: ArtPaint;
}

function attrs(shape: SvgShape): string {
  return Object.entries(shape.geometry)
    .map(([k, v]) => `${k}="${v}"`)
    .join(" ");
}

function element(shape: SvgShape, extra: string): string {
  return `<${shape.tag} ${attrs(shape)}${extra}/>`;
}

/** An icon placed in a box (its ink bounds scaled to the box width), mirrored when asked. */
export function artElement(name: string, box: Box, flip: boolean, paint: ArtPaint): string {
  const art = loadArt({ name });
  const b = art.bounds;
  const scale = box.width / (b.maxX - b.minX || 1);
  const place = flip
    ? `translate(${n(box.x + box.width)} ${n(box.y)}) scale(${n4(-scale)} ${n4(scale)})`
    : `translate(${n(box.x)} ${n(box.y)}) scale(${n4(scale)})`;
  const open = `<g transform="${place} translate(${n4(-b.minX)} ${n4(-b.minY)})">`;
  if (paint.kind === "color") {
    if (!paint.contour) return `${open}${art.body}</g>`;
    // A thin ink contour around the whole figure, so it reads on a busy ground in monochrome looks.
    const solid = art.shapes.filter((s) => s.fill !== "none" && s.opacity >= 0.5);
    const width = (paint.contour.line * 2) / scale;
    return `${open}<g fill="${paint.contour.color}" stroke="${paint.contour.color}" stroke-width="${n4(width)}" ${ROUND}>${solid.map((s) => element(s, "")).join("")}</g>${art.body}</g>`;
  }
  const size = Math.max(b.maxX - b.minX, b.maxY - b.minY);
  if (paint.kind === "silhouette") {
    // One solid shape, with the main inner contours engraved in a tone just lighter than the ink.
    const stroke = paint.line / scale;
    const solid = art.shapes.filter((s) => s.fill !== "none" && s.opacity >= 0.5);
    const kept = selectShapes(art.shapes, stroke, { minDetail: size * 0.08 }).filter((k) => !k.dot);
    return (
      `${open}<g fill="${paint.fill}" stroke="${paint.fill}" stroke-width="${n4(stroke * 2.6)}" ${ROUND}>${solid.map((s) => element(s, "")).join("")}</g>` +
      `<g fill="none" stroke="${paint.detail}" stroke-width="${n4(stroke)}" ${ROUND}>${kept.map((k) => element(k.shape, "")).join("")}</g></g>`
    );
  }
  const stroke = paint.line / scale;
  const kept = selectShapes(art.shapes, stroke, { minDetail: size * 0.025, dotMax: size * 0.15 });
  // A bold outer contour under the coloured shapes, then the shapes with their inner lines.
  const contour = kept.filter((k) => !k.dot).map((k) => element(k.shape, "")).join("");
  const lines = drawShapes(kept, stroke, "color").replace('stroke="#000"', `stroke="${paint.color}"`);
  return `${open}<g fill="${paint.color}" stroke="${paint.color}" stroke-width="${n4(stroke * 2.6)}" ${ROUND}>${contour}</g>${lines}</g>`;
}

function n4(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}

const PAGE_FILL = /^M-10 -10H/;

function isSun(shape: SceneShape): boolean {
  return shape.fill === COLORS.sun;
}

/**
 * The setting's layers as SVG. The first layer's full-page fill becomes the look's sky (or
 * night, or water), followed by `afterPage` (the look's own light); white shapes scattered after
 * the subjects are clouds.
 */
export function sceneLayers(
  layers: readonly SceneLayer[], paint: ScenePaint, options: { scattered: boolean; settingHasSun: boolean; afterPage: string },
): string {
  const line = paint.line;
  const group = (body: string): string =>
    !body ? "" : line ? `<g stroke="${line.color}" stroke-width="${n(line.width)}" ${ROUND}>${body}</g>` : `<g stroke="none">${body}</g>`;
  return layers
    .map((layer, index) => {
      if (layer.kind === "art") return artElement(layer.art.ref.name, layer.art.box, layer.art.flip, paint.art);
      let page = "";
      const body = layer.shapes
        .map((shape, k) => {
          if (options.settingHasSun && index === 0 && !options.scattered && paint.dropSun && isSun(shape)) return "";
          if (shape.line === "open") {
            const o = paint.open;
            return `<path d="${shape.d}" fill="none" stroke="${o.color}" stroke-width="${n(o.width)}" stroke-opacity="${o.opacity}"/>`;
          }
          if (shape.line === "dot") return `<path d="${shape.d}" fill="#000" stroke="none"/>`;
          if (shape.line === "none") {
            if (index === 0 && k === 0 && PAGE_FILL.test(shape.d)) {
              page = `<path d="${shape.d}" fill="${paint.page(shape.fill)}" stroke="none"/>${options.afterPage}`;
              return "";
            }
            return `<path d="${shape.d}" fill="${shiftFill(shape.fill, paint.fills)}" stroke="none"/>`;
          }
          if (options.scattered && shape.fill === COLORS.cloud) {
            return `<path d="${shape.d}" fill="${paint.cloud.fill}" fill-opacity="${paint.cloud.opacity}" stroke="none"/>`;
          }
          return `<path d="${shape.d}" fill="${shiftFill(shape.fill, paint.fills)}"/>`;
        })
        .join("");
      return page + group(body);
    })
    .join("");
}

/** The union bounds of the setting's sun shapes in the first layer, or null. */
export function findSun(layers: readonly SceneLayer[], boundsOf: (d: string) => { minX: number; minY: number; maxX: number; maxY: number }): { cx: number; cy: number; r: number } | null {
  const first = layers[0];
  if (!first || first.kind !== "shapes") return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const shape of first.shapes) {
    if (!isSun(shape)) continue;
    const b = boundsOf(shape.d);
    minX = Math.min(minX, b.minX);
    minY = Math.min(minY, b.minY);
    maxX = Math.max(maxX, b.maxX);
    maxY = Math.max(maxY, b.maxY);
  }
  if (!(maxX > minX)) return null;
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, r: (maxX - minX) / 3.5 };
}
