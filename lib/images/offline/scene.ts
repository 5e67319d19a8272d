import type { ArtRef } from "./art";

/** A rectangle in page pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A drawn shape in page pixels. `fill` is its colour in the colored reference; on the coloring
 * page every closed shape is white. `line` "none" draws no outline (a sky fill), "open" draws a
 * line with no fill (a wave, a blade of grass).
 */
export interface SceneShape {
  d: string;
  fill: string;
  line?: "none" | "open" | "dot";
}

/** An artwork placed on the page: its content box is scaled to fit `box`, optionally mirrored. */
export interface PlacedArt {
  ref: Pick<ArtRef, "name">;
  box: Box;
  flip: boolean;
  /** The outline width in page pixels. */
  line: number;
  /** Shapes smaller than this fraction of the art's size are dropped as clutter. */
  minDetail: number;
}

/** One layer of a scene, painted in order. */
export type SceneLayer =
  | { kind: "shapes"; shapes: SceneShape[]; line: number }
  | { kind: "art"; art: PlacedArt; halo: number };

/** Rounds a coordinate for compact, stable SVG text. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
