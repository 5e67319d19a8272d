import { Resvg } from "@resvg/resvg-js";
import { n } from "./scene";
import type { SvgShape } from "./svg-shapes";

/** The shapes of an artwork about to be drawn, with where and how thick. */
export interface PruneInput {
  shapes: ReadonlyArray<{ shape: SvgShape; dot: boolean }>;
  /** The art's transform to page pixels (its place on the page). */
  place: string;
  box: { x: number; y: number; width: number; height: number };
  /** Outline width in the art's units. */
  stroke: number;
  /** The smallest area worth coloring, in page pixels². */
  minArea: number;
}

/** Resolution of the check: a third of the page's, enough to measure areas of a few mm². */
const SCALE = 1 / 3;

function shapeSvg(shape: SvgShape, fill: string): string {
  const attrs = Object.entries(shape.geometry)
    .map(([k, v]) => `${k}="${v}"`)
    .join(" ");
  return `<${shape.tag} ${attrs} fill="${fill}"/>`;
}

/**
 * The shapes whose largest visible piece leaves less than `minArea` to color once the others
 * are painted over them and every line is drawn: a dinosaur's far leg peeking out under its
 * belly, a tooth. Found by painting each shape in its own colour (no anti-aliasing) at a third
 * of the page's resolution and measuring what shows of it.
 */
function measureTiny(input: PruneInput): Array<{ shape: SvgShape; total: number }> {
  const w = Math.max(8, Math.ceil(input.box.width * SCALE) + 4);
  const h = Math.max(8, Math.ceil(input.box.height * SCALE) + 4);
  const fills = input.shapes.map(({ dot }, i) => (dot ? "#000000" : `#${(i + 1).toString(16).padStart(6, "0")}`));
  const body = input.shapes.map(({ shape }, i) => shapeSvg(shape, fills[i] ?? "#000000")).join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" shape-rendering="crispEdges">` +
    `<g transform="translate(${n(2 - input.box.x * SCALE)} ${n(2 - input.box.y * SCALE)}) scale(${SCALE}) ${input.place}" stroke="#000" stroke-width="${input.stroke}" stroke-linejoin="round">${body}</g></svg>`;
  const pixels = new Resvg(svg, { background: "#000000", font: { loadSystemFonts: false }, logLevel: "off" }).render().pixels;
  const label = new Int32Array(w * h);
  for (let i = 0; i < w * h; i++) label[i] = ((pixels[i * 4] as number) << 16) | ((pixels[i * 4 + 1] as number) << 8) | (pixels[i * 4 + 2] as number);
  // The largest 4-connected piece of each colour, and all of it, in pixels at this resolution.
  const largest = new Map<number, number>();
  const total = new Map<number, number>();
  const seen = new Uint8Array(w * h);
  const stack = new Int32Array(w * h);
  for (let start = 0; start < w * h; start++) {
    const id = label[start] as number;
    if (id === 0 || seen[start]) continue;
    let top = 0;
    let size = 0;
    stack[top++] = start;
    seen[start] = 1;
    while (top > 0) {
      const p = stack[--top] as number;
      size++;
      const x = p % w;
      for (const q of [x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, p - w, p + w]) {
        if (q >= 0 && q < w * h && !seen[q] && label[q] === id) {
          seen[q] = 1;
          stack[top++] = q;
        }
      }
    }
    largest.set(id, Math.max(largest.get(id) ?? 0, size));
    total.set(id, (total.get(id) ?? 0) + size);
  }
  const full = (pixels: number): number => pixels / (SCALE * SCALE);
  return input.shapes
    .map(({ shape, dot }, i) => ({ shape, dot, largest: full(largest.get(i + 1) ?? 0), total: full(total.get(i + 1) ?? 0) }))
    .filter((m) => !m.dot && m.largest < input.minArea)
    .map(({ shape, total: all }) => ({ shape, total: all }));
}

function overlaps(a: SvgShape, b: SvgShape): boolean {
  return a.bounds.minX < b.bounds.maxX && b.bounds.minX < a.bounds.maxX && a.bounds.minY < b.bounds.maxY && b.bounds.minY < a.bounds.maxY;
}

function boxArea(shape: SvgShape): number {
  return (shape.bounds.maxX - shape.bounds.minX) * (shape.bounds.maxY - shape.bounds.minY);
}

/**
 * The shapes to leave out so that none shows only as slivers too small to color. A shape that
 * shows a lot in total but cut in small pieces (a palm trunk under its bands) keeps its place
 * and loses the smaller shapes painted over it; a shape that shows little (a far leg) goes.
 */
export function tinyShapes(input: PruneInput): Set<SvgShape> {
  const dropped = new Set<SvgShape>();
  const order = new Map(input.shapes.map((k, i) => [k.shape, i]));
  for (let round = 0; round < 6; round++) {
    const tiny = measureTiny({ ...input, shapes: input.shapes.filter((k) => !dropped.has(k.shape)) }).sort((a, b) => boxArea(a.shape) - boxArea(b.shape));
    if (tiny.length === 0) break;
    const before = dropped.size;
    for (const { shape, total } of tiny.slice(0, Math.max(1, Math.ceil(tiny.length / 2)))) {
      const cutters = total >= input.minArea * 2
        ? input.shapes.filter((k) => !k.dot && !dropped.has(k.shape) && (order.get(k.shape) ?? 0) > (order.get(shape) ?? 0) && overlaps(k.shape, shape) && boxArea(k.shape) < boxArea(shape))
        : [];
      if (cutters.length > 0) for (const k of cutters) dropped.add(k.shape);
      else dropped.add(shape);
    }
    if (dropped.size === before) break;
  }
  return dropped;
}
