import { loadArt } from "./art";
import { drawShapes, knockoutShapes, selectShapes, shapeElement as artShapeElement, trimSubpaths } from "./outline";
import { patternElement, type FillPattern } from "./patterns/fills";
import { pruneArt } from "./prune";
import { n, type PlacedArt, type SceneLayer, type SceneShape } from "./scene";

/** "outline" draws the coloring page; "color" the same scene coloured in, for the reference. */
export type RenderMode = "outline" | "color";

const ROUND = 'stroke-linejoin="round" stroke-linecap="round"';
/** Dark shapes up to this share of an icon's size stay solid black (eyes, noses). */
export const DOT_SHARE = 0.15;

/** Collects the `<pattern>` definitions of one SVG document, with ids unique in it. */
interface Defs {
  add(pattern: FillPattern): string;
  mode: RenderMode;
}

function shapeElement(shape: SceneShape, defs: Defs): string {
  const { mode } = defs;
  if (shape.line === "none") return mode === "color" ? `<path d="${shape.d}" fill="${shape.fill}" stroke="none"/>` : "";
  if (shape.line === "open") return `<path d="${shape.d}" fill="none"/>`;
  if (shape.line === "dot") return `<path d="${shape.d}" fill="#000"/>`;
  if (shape.line === "mask") return `<path d="${shape.d}" fill="#fff" stroke="none"${shape.evenOdd ? ' fill-rule="evenodd"' : ""}/>`;
  if (shape.pattern) return `<path d="${shape.d}" fill="url(#${defs.add(shape.pattern)})"/>`;
  return mode === "color" ? `<path d="${shape.d}" fill="${shape.fill}"/>` : `<path d="${shape.d}"/>`;
}

/** The transform from an artwork's own units to its box on the page, and its scale. */
export function artTransforms(art: PlacedArt): { scale: number; place: string } {
  const b = loadArt(art.ref).bounds;
  const scale = art.box.width / (b.maxX - b.minX || 1);
  const place = art.flip
    ? `translate(${n(art.box.x + art.box.width)} ${n(art.box.y)}) scale(${-scale} ${scale}) translate(${-b.minX} ${-b.minY})`
    : `translate(${n(art.box.x)} ${n(art.box.y)}) scale(${scale}) translate(${-b.minX} ${-b.minY})`;
  return { scale, place };
}

/** A shape to draw and its index among the artwork's own shapes (patterns are keyed by it). */
type KeptShape = ReturnType<typeof selectShapes>[number] & { index: number };

const keptCache = new Map<string, KeptShape[]>();

/**
 * The shapes of a placed artwork worth drawing at its size and line width. With `minArea`, the
 * shapes that would only show as slivers too small to color are left out as well.
 */
export function keptShapes(art: PlacedArt): KeptShape[] {
  const key = JSON.stringify([art.ref.name, art.box, art.flip, art.line, art.minDetail, art.minArea, art.maxDot, art.dotClearance]);
  const hit = keptCache.get(key);
  if (hit) return hit;
  const loaded = loadArt(art.ref);
  const b = loaded.bounds;
  const size = Math.max(b.maxX - b.minX, b.maxY - b.minY);
  const { scale, place } = artTransforms(art);
  const stroke = art.line / scale;
  const dotMax = Math.min(DOT_SHARE * size, (art.maxDot ?? Infinity) / scale);
  const minArea = (art.minArea ?? 0) / (scale * scale);
  let kept: KeptShape[] = selectShapes(loaded.shapes, stroke, { minDetail: art.minDetail * size, dotMax, minArea }).flatMap((k) => {
    const index = loaded.shapes.indexOf(k.shape);
    const shape = k.dot ? k.shape : trimSubpaths(k.shape, stroke, minArea);
    return shape ? [{ ...k, shape, index }] : [];
  });
  if (art.minArea) {
    const pruned = pruneArt({ shapes: kept, place, box: art.box, stroke, minArea: art.minArea, dotClearance: art.dotClearance ?? 0 });
    // A ring leaves an area big enough to color inside it.
    const ring = Math.sqrt((art.minArea * 0.5) / Math.PI) / scale + stroke / 2;
    kept = kept
      .filter((k) => !pruned.drop.has(k.shape))
      .map((k) => {
        if (!pruned.rings.has(k.shape)) return k;
        const b = k.shape.bounds;
        return { shape: k.shape, index: k.index, dot: false, ring: Math.max(ring, Math.sqrt((b.maxX - b.minX) * (b.maxY - b.minY)) / 2) };
      });
  }
  if (keptCache.size > 500) keptCache.clear();
  keptCache.set(key, kept);
  return kept;
}

/** An artwork as line art; shapes with a pattern are filled with it (scaled to the art's units). */
function artElement(art: PlacedArt, halo: number, defs: Defs): string {
  const { scale, place } = artTransforms(art);
  const stroke = art.line / scale;
  const kept = keptShapes(art);
  const knockout = halo > 0 ? knockoutShapes(kept, halo / scale) : "";
  const patterns = new Map((art.patterns ?? []).map((p) => [p.shape, p.pattern]));
  if (patterns.size === 0) return `<g transform="${place}">${knockout}${drawShapes(kept, stroke, defs.mode, true)}</g>`;
  let body = "";
  let run: typeof kept = [];
  const flush = (): void => {
    if (run.length > 0) body += drawShapes(run, stroke, defs.mode, true);
    run = [];
  };
  for (const item of kept) {
    const pattern = patterns.get(item.index);
    if (!pattern || item.dot) {
      run.push(item);
      continue;
    }
    flush();
    const local: FillPattern = { ...pattern, cell: pattern.cell / scale, line: pattern.line / scale };
    body += `<g stroke="#000" stroke-width="${n(stroke)}" ${ROUND}>${artShapeElement(item.shape, ` fill="url(#${defs.add(local)})"`)}</g>`;
  }
  flush();
  return `<g transform="${place}">${knockout}${body}</g>`;
}

/** Serialises scene layers as one SVG document's elements in page pixels (pattern ids are unique in it). */
export function renderLayers(layers: readonly SceneLayer[], mode: RenderMode): string {
  const patterns: string[] = [];
  const defs: Defs = {
    mode,
    add(pattern) {
      const id = `p${patterns.length.toString(36)}`;
      patterns.push(patternElement(id, pattern, mode));
      return id;
    },
  };
  const body = layers
    .map((layer) => {
      if (layer.kind === "art") return artElement(layer.art, layer.halo, defs);
      const shapes = layer.shapes.map((shape) => shapeElement(shape, defs)).join("");
      return shapes ? `<g fill="#fff" stroke="#000" stroke-width="${n(layer.line)}" ${ROUND}>${shapes}</g>` : "";
    })
    .join("");
  return patterns.length > 0 ? `<defs>${patterns.join("")}</defs>${body}` : body;
}
