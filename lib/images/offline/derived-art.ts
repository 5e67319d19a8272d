import type { SvgShape } from "./svg-shapes";

/**
 * Artwork made from a Twemoji icon (so CC-BY 4.0, credited as changed): some of the parent's
 * shapes dropped and a few drawn on, in the parent's own units (a 36×36 box).
 */
export interface DerivedArt {
  parent: string;
  emoji: string;
  /** Its name, as an emoji label would give it. */
  label: { en: string; fr: string };
  /** Which of the parent's shapes stay (by paint order). */
  keep(shape: SvgShape, index: number): boolean;
  /** Extra SVG elements, inserted after the parent's shape `after` (in paint order). */
  add: string;
  after: number;
}

/** The pumpkin's two rib segments meet under the stem, so no sliver is left between them. */
const PUMPKIN_RIBS =
  '<path fill="#e07f0a" d="M18 5.4C9.5 8.5 8.5 31 18 35.6C13.5 30 13 10 18 5.4z"/>' +
  '<path fill="#e07f0a" d="M18 5.4C26.5 8.5 27.5 31 18 35.6C22.5 30 23 10 18 5.4z"/>';

/** Decorations that stay well inside the egg's outline, so no line ends near it. */
const EGG_DECORATION =
  '<path fill="#f4abba" d="M9 17.2l2.5 2.6l2.5-2.6l2.5 2.6l2.5-2.6l2.5 2.6l2.5-2.6l2.5 2.6l1 -1v3.6l-1 1l-2.5-2.6l-2.5 2.6l-2.5-2.6l-2.5 2.6l-2.5-2.6l-2.5 2.6l-2.5-2.6l-1.2 1.2c-.6-1.6-.6-3.2 0-4.6z"/>' +
  '<circle cx="13" cy="11.5" r="1.8" fill="#55acee"/><circle cx="18" cy="10" r="1.8" fill="#ffcc4d"/><circle cx="23" cy="11.5" r="1.8" fill="#55acee"/>' +
  '<path fill="#77b255" d="M10.6 27.2q1.9-1.8 3.8 0t3.8 0t3.8 0t3.8 0v2.4q-1.9 1.8-3.8 0t-3.8 0t-3.8 0t-3.8 0z"/>';

export const DERIVED_ART: Readonly<Record<string, DerivedArt>> = {
  /** A pumpkin with ribs and no carved face (for a vegetable garden or an autumn page). */
  pumpkin: { parent: "jack-o-lantern", emoji: "🎃", label: { en: "pumpkin", fr: "citrouille" }, keep: (shape) => shape.fill !== "#642116", add: PUMPKIN_RIBS, after: 0 },
  /** A decorated Easter egg: the plain egg without its shading, with a zigzag band, dots and a wave. */
  "easter-egg": { parent: "egg", emoji: "🥚", label: { en: "Easter egg", fr: "œuf de Pâques" }, keep: (_shape, index) => index === 0, add: EGG_DECORATION, after: 0 },
};

/** Serialises a parsed shape back to an SVG element with its fill (and opacity when below 1). */
export function shapeToSvg(shape: SvgShape): string {
  const attrs = Object.entries(shape.geometry)
    .map(([k, v]) => `${k}="${v}"`)
    .join(" ");
  const opacity = shape.opacity < 1 ? ` opacity="${shape.opacity}"` : "";
  return `<${shape.tag} ${attrs} fill="${shape.fill}"${opacity}/>`;
}
