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
  /** A solid dot nearer than this to a line (page pixels) would read as a line stopping short of it. */
  dotClearance: number;
}

/** What to change in an artwork: shapes to leave out, and dots to draw as rings. */
export interface Pruned {
  drop: Set<SvgShape>;
  rings: Set<SvgShape>;
}

/** Resolution of the check: a third of the page's, enough to measure areas of a few mm². */
const SCALE = 1 / 3;

function shapeSvg(shape: SvgShape, fill: string, dot: boolean): string {
  if (dot) {
    // As drawn: a round dot of about the shape's area (see `drawShapes`).
    const { minX, minY, maxX, maxY } = shape.bounds;
    return `<circle cx="${(minX + maxX) / 2}" cy="${(minY + maxY) / 2}" r="${Math.sqrt((maxX - minX) * (maxY - minY)) / 2}" fill="${fill}" stroke="none"/>`;
  }
  const attrs = Object.entries(shape.geometry)
    .map(([k, v]) => `${k}="${v}"`)
    .join(" ");
  return `<${shape.tag} ${attrs} fill="${fill}"/>`;
}

interface Painted {
  w: number;
  h: number;
  /** Per pixel: 0 for ink (and outside the art), i + 1 where shape i shows. */
  label: Int32Array;
}

/** Paints each shape in its own colour (dots too), every outline in black, without anti-aliasing. */
function paint(input: PruneInput): Painted {
  const w = Math.max(8, Math.ceil(input.box.width * SCALE) + 4);
  const h = Math.max(8, Math.ceil(input.box.height * SCALE) + 4);
  const body = input.shapes.map(({ shape, dot }, i) => shapeSvg(shape, `#${(i + 1).toString(16).padStart(6, "0")}`, dot)).join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" shape-rendering="crispEdges">` +
    `<g transform="translate(${n(2 - input.box.x * SCALE)} ${n(2 - input.box.y * SCALE)}) scale(${SCALE}) ${input.place}" stroke="#000" stroke-width="${input.stroke}" stroke-linejoin="round">${body}</g></svg>`;
  const pixels = new Resvg(svg, { background: "#000000", font: { loadSystemFonts: false }, logLevel: "off" }).render().pixels;
  const label = new Int32Array(w * h);
  for (let i = 0; i < w * h; i++) label[i] = ((pixels[i * 4] as number) << 16) | ((pixels[i * 4 + 1] as number) << 8) | (pixels[i * 4 + 2] as number);
  return { w, h, label };
}

/**
 * The shapes whose largest visible piece leaves less than `minArea` to color once the others
 * are painted over them and every line is drawn: a dinosaur's far leg peeking out under its
 * belly, a tooth. Measured at a third of the page's resolution.
 */
function measureTiny(input: PruneInput): Array<{ shape: SvgShape; total: number }> {
  const { w, h, label } = paint(input);
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

/**
 * The dots that sit closer than `dotClearance` to a line: a print check reads such a dot as the
 * end of a line that stops short of another. They are drawn as rings instead.
 */
function crowdedDots(input: PruneInput): Set<SvgShape> {
  const { w, h, label } = paint(input);
  const reach = Math.ceil(input.dotClearance * SCALE);
  const crowded = new Set<SvgShape>();
  input.shapes.forEach(({ shape, dot }, i) => {
    if (!dot) return;
    const id = i + 1;
    search: for (let p = 0; p < w * h; p++) {
      if (label[p] !== id) continue;
      const x = p % w;
      const y = (p - x) / w;
      for (let dy = -reach; dy <= reach; dy++) {
        for (let dx = -reach; dx <= reach; dx++) {
          const qx = x + dx;
          const qy = y + dy;
          if (qx < 0 || qy < 0 || qx >= w || qy >= h || dx * dx + dy * dy > reach * reach) continue;
          if (label[qy * w + qx] === 0) {
            crowded.add(shape);
            break search;
          }
        }
      }
    }
  });
  return crowded;
}

function overlaps(a: SvgShape, b: SvgShape): boolean {
  return a.bounds.minX < b.bounds.maxX && b.bounds.minX < a.bounds.maxX && a.bounds.minY < b.bounds.maxY && b.bounds.minY < a.bounds.maxY;
}

function boxArea(shape: SvgShape): number {
  return (shape.bounds.maxX - shape.bounds.minX) * (shape.bounds.maxY - shape.bounds.minY);
}

/**
 * What to change in an artwork so that it prints well: shapes that would show only as slivers
 * too small to color are left out, and dots crowding a line become rings. A shape that shows a
 * lot in total but cut in small pieces (a palm trunk under its bands) keeps its place and loses
 * the smaller shapes painted over it; a shape that shows little (a far leg) goes.
 */
export function pruneArt(input: PruneInput): Pruned {
  const drop = new Set<SvgShape>();
  const order = new Map(input.shapes.map((k, i) => [k.shape, i]));
  for (let round = 0; round < 6; round++) {
    const tiny = measureTiny({ ...input, shapes: input.shapes.filter((k) => !drop.has(k.shape)) }).sort((a, b) => boxArea(a.shape) - boxArea(b.shape));
    if (tiny.length === 0) break;
    const before = drop.size;
    for (const { shape, total } of tiny.slice(0, Math.max(1, Math.ceil(tiny.length / 2)))) {
      const cutters = total >= input.minArea * 2
        ? input.shapes.filter((k) => !k.dot && !drop.has(k.shape) && (order.get(k.shape) ?? 0) > (order.get(shape) ?? 0) && overlaps(k.shape, shape) && boxArea(k.shape) < boxArea(shape))
        : [];
      if (cutters.length > 0) for (const k of cutters) drop.add(k.shape);
      else drop.add(shape);
    }
    if (drop.size === before) break;
  }
  const rest = input.shapes.filter((k) => !drop.has(k.shape));
  return { drop, rings: rest.some((k) => k.dot) ? crowdedDots({ ...input, shapes: rest }) : new Set() };
}
