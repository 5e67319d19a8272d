import { loadArt } from "./art";
import { drawShapes, knockoutShapes, selectShapes } from "./outline";
import { n, type PlacedArt, type SceneLayer, type SceneShape } from "./scene";

/** "outline" draws the coloring page; "color" the same scene coloured in, for the reference. */
export type RenderMode = "outline" | "color";

const ROUND = 'stroke-linejoin="round" stroke-linecap="round"';
/** Dark shapes up to this share of an icon's size stay solid black (eyes, noses). */
const DOT_SHARE = 0.15;

function shapeElement(shape: SceneShape, mode: RenderMode): string {
  if (shape.line === "none") return mode === "color" ? `<path d="${shape.d}" fill="${shape.fill}" stroke="none"/>` : "";
  if (shape.line === "open") return `<path d="${shape.d}" fill="none"/>`;
  if (shape.line === "dot") return `<path d="${shape.d}" fill="#000"/>`;
  return mode === "color" ? `<path d="${shape.d}" fill="${shape.fill}"/>` : `<path d="${shape.d}"/>`;
}

function artElement(art: PlacedArt, halo: number, mode: RenderMode): string {
  const loaded = loadArt(art.ref);
  const b = loaded.bounds;
  const size = Math.max(b.maxX - b.minX, b.maxY - b.minY);
  const scale = art.box.width / (b.maxX - b.minX || 1);
  const stroke = art.line / scale;
  const kept = selectShapes(loaded.shapes, stroke, { minDetail: art.minDetail * size, dotMax: DOT_SHARE * size });
  const place = art.flip
    ? `translate(${n(art.box.x + art.box.width)} ${n(art.box.y)}) scale(${-scale} ${scale})`
    : `translate(${n(art.box.x)} ${n(art.box.y)}) scale(${scale})`;
  const knockout = halo > 0 ? knockoutShapes(kept, halo / scale) : "";
  return `<g transform="${place} translate(${-b.minX} ${-b.minY})">${knockout}${drawShapes(kept, stroke, mode)}</g>`;
}

/** Serialises scene layers as SVG elements in page pixels. */
export function renderLayers(layers: readonly SceneLayer[], mode: RenderMode): string {
  return layers
    .map((layer) => {
      if (layer.kind === "art") return artElement(layer.art, layer.halo, mode);
      const body = layer.shapes.map((shape) => shapeElement(shape, mode)).join("");
      return body ? `<g fill="#fff" stroke="#000" stroke-width="${n(layer.line)}" ${ROUND}>${body}</g>` : "";
    })
    .join("");
}
