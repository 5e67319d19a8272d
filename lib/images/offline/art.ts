import { loadJsonAsset } from "./assets";
import { DERIVED_ART, shapeToSvg } from "./derived-art";
import { emptyBounds, isEmpty, unionBounds, type Bounds } from "./geometry";
import { parseShapes, type SvgShape } from "./svg-shapes";

/** A piece of bundled artwork: a Twemoji icon (CC-BY 4.0) by its Iconify name, or one derived from it. */
export interface ArtRef {
  set: "twemoji";
  /** The Iconify icon name, e.g. "sauropod". */
  name: string;
  /** The emoji character, e.g. "🦕". */
  emoji: string;
  /** A child-friendly noun with its article, for scene sentences. */
  label: { en: string; fr: string };
}

/** An icon ready to draw: its SVG body, viewBox, parsed shapes and the tight bounds of its ink. */
export interface LoadedArt {
  body: string;
  viewBox: { x: number; y: number; width: number; height: number };
  shapes: SvgShape[];
  bounds: Bounds;
}

interface IconifySet {
  icons: Record<string, { body: string; width?: number; height?: number; left?: number; top?: number }>;
  aliases?: Record<string, { parent: string }>;
  width?: number;
  height?: number;
}

const TWEMOJI = "@iconify-json/twemoji/icons.json";
const loaded = new Map<string, LoadedArt>();

function twemoji(): IconifySet {
  return loadJsonAsset<IconifySet>(TWEMOJI);
}

/** Whether the Twemoji set has an icon of this name, or one is derived from it. */
export function hasArt(name: string): boolean {
  const set = twemoji();
  return name in set.icons || name in (set.aliases ?? {}) || name in DERIVED_ART;
}

function finish(name: string, body: string, viewBox: LoadedArt["viewBox"], shapes: SvgShape[]): LoadedArt {
  let bounds = emptyBounds();
  for (const shape of shapes) if (!isEmpty(shape.bounds)) bounds = unionBounds(bounds, shape.bounds);
  if (isEmpty(bounds)) bounds = { minX: viewBox.x, minY: viewBox.y, maxX: viewBox.x + viewBox.width, maxY: viewBox.y + viewBox.height };
  const art: LoadedArt = { body, viewBox, shapes, bounds };
  loaded.set(name, art);
  return art;
}

/** Loads (once) an icon's SVG body and viewBox, with its shapes parsed. Throws for an unknown name. */
export function loadArt(ref: Pick<ArtRef, "name">): LoadedArt {
  const hit = loaded.get(ref.name);
  if (hit) return hit;
  const derived = DERIVED_ART[ref.name];
  if (derived) {
    const parent = loadArt({ name: derived.parent });
    const kept = parent.shapes.filter((shape, i) => derived.keep(shape, i));
    const cut = parent.shapes.slice(0, derived.after + 1).filter((shape) => kept.includes(shape)).length;
    const body = [...kept.slice(0, cut).map(shapeToSvg), derived.add, ...kept.slice(cut).map(shapeToSvg)].join("");
    return finish(ref.name, body, parent.viewBox, parseShapes(body));
  }
  const set = twemoji();
  const name = set.icons[ref.name] ? ref.name : set.aliases?.[ref.name]?.parent;
  const icon = name ? set.icons[name] : undefined;
  if (!icon) throw new Error(`unknown artwork: ${ref.name}`);
  const viewBox = {
    x: icon.left ?? 0,
    y: icon.top ?? 0,
    width: icon.width ?? set.width ?? 16,
    height: icon.height ?? set.height ?? 16,
  };
  return finish(ref.name, icon.body, viewBox, parseShapes(icon.body));
}
