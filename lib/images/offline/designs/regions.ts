import type { Random } from "../random";
import type { Box } from "../scene";
import type { Point } from "./shapes";

/** Splitting an area into regions with gently curved borders, for zentangles. */

export function polygonArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i] as Point;
    const [x1, y1] = points[(i + 1) % points.length] as Point;
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum) / 2;
}

function centroid(points: readonly Point[]): Point {
  const sx = points.reduce((s, p) => s + p[0], 0);
  const sy = points.reduce((s, p) => s + p[1], 0);
  return [sx / points.length, sy / points.length];
}

/** The part of a convex polygon on one side of the line through `at` with normal `normal`. */
function halfPlane(points: readonly Point[], at: Point, normal: Point, sign: 1 | -1): Point[] {
  const side = (p: Point): number => sign * ((p[0] - at[0]) * normal[0] + (p[1] - at[1]) * normal[1]);
  const out: Point[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    const sa = side(a);
    const sb = side(b);
    if (sa >= 0) out.push(a);
    if (sa >= 0 !== sb >= 0) {
      const t = sa / (sa - sb);
      out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
    }
  }
  return out;
}

/**
 * Cuts a convex polygon into `count` convex regions with straight cuts, always splitting the
 * largest region near its middle, across its longer side; no region smaller than `minArea`.
 */
export function splitRegions(outline: Point[], count: number, minArea: number, random: Random): Point[][] {
  const regions = [outline];
  for (let guard = 0; regions.length < count && guard < count * 6; guard++) {
    regions.sort((a, b) => polygonArea(b) - polygonArea(a));
    const target = regions[0] as Point[];
    const xs = target.map((p) => p[0]);
    const ys = target.map((p) => p[1]);
    const wide = Math.max(...xs) - Math.min(...xs) > Math.max(...ys) - Math.min(...ys);
    const [cx, cy] = centroid(target);
    const spread = Math.sqrt(polygonArea(target)) * 0.18;
    const at: Point = [cx + random.range(-spread, spread), cy + random.range(-spread, spread)];
    const angle = (wide ? 0 : Math.PI / 2) + random.range(-0.6, 0.6);
    const normal: Point = [Math.cos(angle), Math.sin(angle)];
    const a = halfPlane(target, at, normal, 1);
    const b = halfPlane(target, at, normal, -1);
    if (a.length < 3 || b.length < 3 || polygonArea(a) < minArea || polygonArea(b) < minArea) continue;
    regions.splice(0, 1, a, b);
  }
  return regions;
}

/** Points along the polygon's edges, at most `step` apart, so a warp bends them into curves. */
export function densify(points: readonly Point[], step: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    const pieces = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
    for (let k = 0; k < pieces; k++) out.push([a[0] + ((b[0] - a[0]) * k) / pieces, a[1] + ((b[1] - a[1]) * k) / pieces]);
  }
  return out;
}

/**
 * A smooth displacement that turns straight cuts into flowing curves; it fades to nothing at
 * the area's border, so the outline stays where it is and neighbours keep sharing their edges.
 */
export function makeWarp(area: Box, amplitude: number, random: Random): (p: Point) => Point {
  const wave = Math.max(area.width, area.height) / random.range(2.2, 3.2);
  const [p1, p2, p3] = [random.range(0, 6.3), random.range(0, 6.3), random.range(0, 6.3)];
  const fade = wave / 2;
  return ([x, y]) => {
    const edge = Math.min(x - area.x, area.x + area.width - x, y - area.y, area.y + area.height - y);
    const s = Math.max(0, Math.min(1, edge / fade));
    const dx = Math.sin(y / wave * 2 * Math.PI + p1) + 0.5 * Math.sin((x + y) / wave * 3 + p3);
    const dy = Math.sin(x / wave * 2 * Math.PI + p2) + 0.5 * Math.cos((x - y) / wave * 3 + p3);
    return [x + amplitude * s * dx, y + amplitude * s * dy];
  };
}
