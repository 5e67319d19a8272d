import { SVG_LIMITS, svgError } from "./limits";
import { apply, type Matrix } from "./matrix";
import { arcToCubics, type Segment } from "./path-data";
import { parseLength } from "./shapes";
import type { SvgElement } from "./tree";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The drawing's own coordinate system: its viewBox (or its width and height) and its size in pixels. */
export interface Canvas {
  viewBox: readonly [number, number, number, number];
  width: number;
  height: number;
}

export function parseViewBox(value: string | undefined): [number, number, number, number] | null {
  const numbers = (value ?? "").trim().split(/[\s,]+/).filter(Boolean).map(Number);
  if (numbers.length !== 4 || !numbers.every(Number.isFinite) || numbers[2]! <= 0 || numbers[3]! <= 0) return null;
  return numbers as [number, number, number, number];
}

/** The root's canvas; 1024×1024 when it says nothing usable. */
export function canvasOf(root: SvgElement): Canvas {
  const viewBox = parseViewBox(root.attributes.viewBox);
  const width = parseLength(root.attributes.width, null);
  const height = parseLength(root.attributes.height, null);
  const w = width && width > 0 ? width : (viewBox?.[2] ?? 1024);
  const h = height && height > 0 ? height : (viewBox?.[3] ?? 1024);
  if (Math.max(w, h, viewBox?.[2] ?? 0, viewBox?.[3] ?? 0) > SVG_LIMITS.maxCanvasSide) throw svgError("its canvas is too large.");
  return { viewBox: viewBox ?? [0, 0, w, h], width: w, height: h };
}

/** The box around a path (control points included, so never too small), through a transform. */
export function segmentsBounds(segments: readonly Segment[], matrix: Matrix): Box | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const add = (x: number, y: number): void => {
    const [tx, ty] = apply(matrix, x, y);
    minX = Math.min(minX, tx); minY = Math.min(minY, ty); maxX = Math.max(maxX, tx); maxY = Math.max(maxY, ty);
  };
  let x = 0, y = 0, startX = 0, startY = 0;
  for (const s of segments) {
    if (s.kind === "Z") { x = startX; y = startY; continue; }
    if (s.kind === "A") {
      for (const c of arcToCubics(x, y, s)) { add(c.x1, c.y1); add(c.x2, c.y2); add(c.x, c.y); }
    } else {
      if (s.kind === "C") { add(s.x1, s.y1); add(s.x2, s.y2); }
      if (s.kind === "Q") add(s.x1, s.y1);
      add(s.x, s.y);
    }
    if (s.kind === "M") { startX = s.x; startY = s.y; }
    x = s.x; y = s.y;
  }
  return Number.isFinite(minX) ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null;
}

export function insideBox(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
