import type { ArtRef } from "./art";
import type { FillPattern } from "./patterns/fills";

/** A rectangle in page pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A drawn shape in page pixels. `fill` is its colour in the colored reference; on the coloring
 * page every closed shape is white. `line` "none" draws no outline (a sky fill, only in the
 * reference), "open" draws a line with no fill (a wave, a blade of grass), "mask" paints plain
 * white over what is beneath (the margin around a design), "dot" a solid black dot.
 */
export interface SceneShape {
  d: string;
  fill: string;
  line?: "none" | "open" | "dot" | "mask";
  /** Fill with the even-odd rule (a frame: an outer path with a hole cut by an inner one). */
  evenOdd?: boolean;
  /** A closed shape filled with a pattern instead of plain white (page pixels). */
  pattern?: FillPattern;
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
  /** Shapes leaving less than this area to color (page pixels²) are dropped too. */
  minArea?: number;
  /** Dark details are solid dots up to this size (page pixels); bigger ones are outlined. */
  maxDot?: number;
  /** A solid dot nearer than this to a line (page pixels) is drawn as a ring instead. */
  dotClearance?: number;
  /** Patterns drawn inside some of the art's shapes (clipped to them), in page pixels. */
  patterns?: ArtPattern[];
}

/** A pattern inside one shape of an artwork: an owl's body covered in scales. */
export interface ArtPattern {
  /** The shape's index among the artwork's parsed shapes (paint order). */
  shape: number;
  /** In page pixels (the renderer scales it to the artwork's units). */
  pattern: FillPattern;
}

/** One layer of a scene, painted in order. */
export type SceneLayer = { kind: "shapes"; shapes: SceneShape[]; line: number } | { kind: "art"; art: PlacedArt; halo: number };

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
