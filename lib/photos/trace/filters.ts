/** The opencv.js filters Trace relies on, wrapped to take and return plain typed arrays. */
import { MatScope, type Cv } from "./opencv";
import type { Chain } from "./chains";
import type { RgbImage } from "./decode";

/**
 * Edge-preserving smoothing: `passes` bilateral filters flatten texture (fur, fabric, JPEG noise)
 * while keeping the outlines between differently coloured areas. Returns the smoothed RGB image
 * and its grey version.
 */
export function smooth(cv: Cv, image: RgbImage, passes: number, sigmaColor: number): { rgb: Uint8Array; grey: Uint8Array } {
  const scope = new MatScope(cv);
  try {
    let current = scope.fromBytes(image.height, image.width, cv.CV_8UC3, image.data);
    for (let i = 0; i < passes; i++) {
      const next = scope.mat();
      const diameter = i === 0 ? 9 : 7;
      cv.bilateralFilter(current, next, diameter, sigmaColor, diameter / 2, cv.BORDER_REPLICATE);
      current = next;
    }
    const grey = scope.mat();
    cv.cvtColor(current, grey, cv.COLOR_RGB2GRAY);
    return { rgb: new Uint8Array(current.data), grey: new Uint8Array(grey.data) };
  } finally {
    scope.dispose();
  }
}

export interface EdgeSelection {
  /** Fraction of pixels whose gradient may seed an edge: sets Canny's high threshold. */
  seedFraction: number;
  /** A chain must score like a chain this long (px) at the high threshold. */
  minLength: number;
  /** Total length (px) of chains kept, best first. */
  budget: number;
  /** 1 where edges are not wanted (already outlined, or background). */
  exclude?: Uint8Array;
  /**
   * 1 where an excluded edge may still carry a kept line on, for at most `reach` px: a detail line
   * stopped just short of an outline leaves a gap that color runs through (the print check's
   * "open outline"), so it is carried on to the outline when the photo's edge goes there.
   */
  reconnect?: { mask: Uint8Array; reach: number };
}

/**
 * Canny edges with thresholds taken from the image itself: the high threshold is the gradient
 * magnitude exceeded by `seedFraction` of the pixels, the low one 40 % of it. Chains are ranked
 * by summed gradient (length × contrast, so that long faint lines and short crisp ones such as
 * eyes both compete) and kept best first within the length budget. Returns 1 for edge pixels.
 */
export function cannyEdges(cv: Cv, grey: Uint8Array, width: number, height: number, selection: EdgeSelection): Uint8Array {
  const scope = new MatScope(cv);
  try {
    const src = scope.fromBytes(height, width, cv.CV_8UC1, grey);
    const gx = scope.mat();
    const gy = scope.mat();
    cv.Sobel(src, gx, cv.CV_16S, 1, 0, 3);
    cv.Sobel(src, gy, cv.CV_16S, 0, 1, 3);
    const dx = gx.data16S;
    const dy = gy.data16S;
    const histogram = new Float64Array(2048);
    for (let p = 0; p < dx.length; p++) histogram[Math.min(2047, Math.abs(dx[p]!) + Math.abs(dy[p]!))]! += 1;
    let high = 2047;
    for (let seen = 0; high > 0 && (seen += histogram[high]!) < selection.seedFraction * dx.length; high--);
    high = Math.max(high, 40);
    const edges = scope.mat();
    cv.Canny(src, edges, high * 0.4, high, 3, false);
    const data = edges.data;
    const all = selection.reconnect ? new Uint8Array(data) : null;
    if (selection.exclude) for (let p = 0; p < data.length; p++) if (selection.exclude[p]) data[p] = 0;
    const labels = scope.mat();
    const stats = scope.mat();
    const centroids = scope.mat();
    const count = cv.connectedComponentsWithStats(edges, labels, stats, centroids, 8, cv.CV_32S);
    const score = new Float64Array(count);
    const ids = labels.data32S;
    for (let p = 0; p < ids.length; p++) if (ids[p]) score[ids[p]!]! += Math.abs(dx[p]!) + Math.abs(dy[p]!);
    const ranked = Array.from({ length: count - 1 }, (_, i) => i + 1)
      .filter((c) => stats.intAt(c, cv.CC_STAT_AREA) >= selection.minLength * 0.25 && score[c]! >= selection.minLength * high)
      .sort((a, b) => score[b]! - score[a]! || a - b);
    const keep = new Uint8Array(count);
    let used = 0;
    for (const c of ranked) {
      if (used >= selection.budget) break;
      keep[c] = 1;
      used += stats.intAt(c, cv.CC_STAT_AREA);
    }
    const out = new Uint8Array(width * height);
    for (let p = 0; p < out.length; p++) out[p] = keep[ids[p]!]!;
    if (all && selection.reconnect) extendInto(out, all, selection.reconnect.mask, width, height, selection.reconnect.reach);
    return out;
  } finally {
    scope.dispose();
  }
}

/** Grows the lines of `out` along edge pixels of `edges` lying in `zone`, `reach` steps at most (8-connected). */
function extendInto(out: Uint8Array, edges: Uint8Array, zone: Uint8Array, width: number, height: number, reach: number): void {
  let front: number[] = [];
  for (let p = 0; p < out.length; p++) if (out[p]) front.push(p);
  for (let step = 0; step < reach && front.length > 0; step++) {
    const next: number[] = [];
    for (const p of front) {
      const x = p % width;
      const y = (p - x) / width;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          const q = ny * width + nx;
          if (out[q] || !edges[q] || !zone[q]) continue;
          out[q] = 1;
          next.push(q);
        }
      }
    }
    front = next;
  }
}

/** Grows a 0/1 mask by `radius` px (square window); used to keep edges away from outlines. */
export function dilateMask(cv: Cv, mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  if (radius <= 0) return mask;
  const scope = new MatScope(cv);
  try {
    const src = scope.fromBytes(height, width, cv.CV_8UC1, mask);
    const out = scope.mat();
    const kernel = scope.keep(cv.Mat.ones(2 * radius + 1, 2 * radius + 1, cv.CV_8U));
    cv.dilate(src, out, kernel);
    return new Uint8Array(out.data);
  } finally {
    scope.dispose();
  }
}

/**
 * Turns a 1-px line map (1 = line) into polylines through pixel centres. Each contour of a thin
 * line runs along it and back, which draws the same stroke.
 */
export function lineMapChains(cv: Cv, lines: Uint8Array, width: number, height: number): Chain[] {
  const scope = new MatScope(cv);
  try {
    const src = scope.fromBytes(height, width, cv.CV_8UC1, lines);
    const contours = new cv.MatVector();
    const hierarchy = scope.mat();
    try {
      cv.findContours(src, contours, hierarchy, cv.RETR_LIST, cv.CHAIN_APPROX_NONE);
      const chains: Chain[] = [];
      for (let i = 0; i < contours.size(); i++) {
        const contour = contours.get(i);
        const xy = contour.data32S;
        const points = new Array<number>(xy.length);
        for (let j = 0; j < xy.length; j++) points[j] = xy[j]! + 0.5;
        contour.delete();
        if (points.length >= 4) chains.push({ points, closed: true });
      }
      return chains;
    } finally {
      contours.delete();
    }
  } finally {
    scope.dispose();
  }
}
