/**
 * Separating the photo's main subject from its background with GrabCut (OpenCV's graph-cut
 * segmentation with colour models). Knowing the subject buys the three things a person does when
 * drawing a photo: one closed outline around the subject (no region may straddle it), fewer
 * shapes in the background than on the subject, and detail lines only where they matter.
 */
import { MatScope, type Cv } from "./opencv";
import type { RgbImage } from "./decode";

/** GrabCut is costly (graph cuts): it runs on a small copy; the mask is scaled back up. */
const CUT_LONG_SIDE = 240;
const ITERATIONS = 3;
/** Share of each side assumed to be background at first; the subject may still reach the edge. */
const BORDER = 0.04;

export interface SubjectLimits {
  /** Smallest share of the picture a subject may cover; below it, no subject is used. */
  minShare: number;
  maxShare: number;
  /**
   * Largest likeness (0…1) of the colours just inside and just outside the outline. Above it the
   * outline runs through one material (a cat's face cut out of its own fur, a patch of sky): the
   * photo is then traced without a subject rather than with a false outline.
   */
  maxRingLikeness: number;
}

export const SUBJECT_LIMITS: SubjectLimits = { minShare: 0.04, maxShare: 0.8, maxRingLikeness: 0.7 };

/** A subject found in the photo: 1 per pixel of the subject, at the working image's size. */
export interface Subject {
  mask: Uint8Array;
  /** Share of the picture it covers. */
  share: number;
  /** Likeness of the colours just inside and just outside its outline (see SubjectLimits). */
  ringLikeness: number;
}

/**
 * Finds the main subject: GrabCut starts from "the border is background, the rest may be
 * subject" and refines colour models of both; pixels of the border band then follow the subject
 * next to them, so a subject cut by the photo's edge (a face in close-up) is not given a false
 * outline along it. Returns null when the result is implausible: too small, too large, or with
 * the same colours on both sides of its outline.
 */
export function findSubject(cv: Cv, image: RgbImage, limits: SubjectLimits = SUBJECT_LIMITS): Subject | null {
  const { width, height } = image;
  const factor = Math.min(1, CUT_LONG_SIDE / Math.max(width, height));
  const w = Math.max(8, Math.round(width * factor));
  const h = Math.max(8, Math.round(height * factor));
  const scope = new MatScope(cv);
  try {
    const full = scope.fromBytes(height, width, cv.CV_8UC3, image.data);
    const small = scope.mat();
    cv.resize(full, small, new cv.Size(w, h), 0, 0, cv.INTER_AREA);
    const rgb = new Uint8Array(small.data);
    const bx = Math.max(1, Math.round(w * BORDER));
    const by = Math.max(1, Math.round(h * BORDER));
    const seeds = borderSeeds(rgb, w, h, bx, by);
    const labels = scope.fromBytes(h, w, cv.CV_8UC1, seeds.labels);
    // GrabCut seeds its colour models with k-means from OpenCV's global generator: reseed it so
    // that the same photo always gives the same subject.
    cv.setRNGSeed(0x5eed);
    cv.grabCut(small, labels, new cv.Rect(0, 0, w, h), scope.mat(), scope.mat(), ITERATIONS, cv.GC_INIT_WITH_MASK);
    const cut = Uint8Array.from(labels.data, (v) => (v === cv.GC_FGD || v === cv.GC_PR_FGD ? 255 : 0));
    extendToEdges(cut, w, h, bx, by, seeds.sides);
    const share = cut.reduce((n, v) => n + (v ? 1 : 0), 0) / cut.length;
    if (share < limits.minShare || share > limits.maxShare) return null;
    const ringLikeness = ringColourLikeness(cv, scope, rgb, cut, w, h);
    if (ringLikeness > limits.maxRingLikeness) return null;
    // Scaled up with interpolation and cut at half: a smooth outline, not a staircase.
    const large = scope.mat();
    cv.resize(scope.fromBytes(h, w, cv.CV_8UC1, cut), large, new cv.Size(width, height), 0, 0, cv.INTER_LINEAR);
    const mask = Uint8Array.from(large.data, (v) => (v >= 128 ? 1 : 0));
    return { mask, share, ringLikeness };
  } finally {
    scope.dispose();
  }
}

/**
 * Readies a subject mask for drawing: an opening of `radius` px removes parts thinner than a
 * few line widths (whiskers, a strand of hair, a leaf tip crossing the subject), which would
 * otherwise become slivers too thin to color; then pieces and holes smaller than `minArea` px
 * go, except the largest piece.
 */
export function tidySubjectMask(cv: Cv, mask: Uint8Array, width: number, height: number, radius: number, minArea: number): Uint8Array {
  const scope = new MatScope(cv);
  try {
    const src = scope.fromBytes(height, width, cv.CV_8UC1, mask);
    const r = Math.max(1, Math.round(radius));
    const kernel = scope.keep(cv.getStructuringElement(cv.MORPH_ELLIPSE, new cv.Size(2 * r + 1, 2 * r + 1)));
    const opened = scope.mat();
    cv.morphologyEx(src, opened, cv.MORPH_OPEN, kernel);
    const kept = dropSmallPieces(cv, scope, new Uint8Array(opened.data), width, height, minArea, true);
    // Holes are the background's pieces: the same rule, with the largest never at stake.
    const holes = dropSmallPieces(cv, scope, kept.map((v) => 1 - v), width, height, minArea, false);
    return holes.map((v) => 1 - v);
  } finally {
    scope.dispose();
  }
}

function dropSmallPieces(cv: Cv, scope: MatScope, mask: Uint8Array, width: number, height: number, minArea: number, keepLargest: boolean): Uint8Array {
  const src = scope.fromBytes(height, width, cv.CV_8UC1, mask);
  const ids = scope.mat();
  const stats = scope.mat();
  const count = cv.connectedComponentsWithStats(src, ids, stats, scope.mat(), 4, cv.CV_32S);
  let largest = 0;
  for (let c = 1; c < count; c++) if (largest === 0 || stats.intAt(c, cv.CC_STAT_AREA) > stats.intAt(largest, cv.CC_STAT_AREA)) largest = c;
  const keep = new Uint8Array(count);
  for (let c = 1; c < count; c++) keep[c] = stats.intAt(c, cv.CC_STAT_AREA) >= minArea || (keepLargest && c === largest) ? 1 : 0;
  const labels = ids.data32S;
  return Uint8Array.from(mask, (_, p) => keep[labels[p]!]!);
}


/** A pixel's bin in a coarse colour histogram: 8 levels per channel. */
function colourBin(rgb: Uint8Array, p: number): number {
  return ((rgb[p * 3]! >> 5) << 6) | ((rgb[p * 3 + 1]! >> 5) << 3) | (rgb[p * 3 + 2]! >> 5);
}

/** Colour histogram (8 levels per channel, normalised) of the pixels of a box. */
function histogram(rgb: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number): Float64Array {
  const h = new Float64Array(512);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      h[colourBin(rgb, y * width + x)]! += 1;
    }
  }
  const total = Math.max(1, (x1 - x0) * (y1 - y0));
  return h.map((v) => v / total);
}

/** Bhattacharyya coefficient of two normalised histograms: 1 for equal colours, 0 for disjoint. */
function likeness(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.sqrt(a[i]! * b[i]!);
  return sum;
}

/** Shortest contact with a background band, as a fraction of its side, that is carried to the edge. */
const MIN_CONTACT = 0.15;

/**
 * Bands of sides taken for background were fixed as background, so a subject running off such a
 * side (a uniform at the bottom of a portrait) stops short of the photo's edge, which would draw
 * a false line along it. Where the subject meets the band along a good stretch, it is carried on
 * to the edge; brief contacts (the bottom of an apple) are left alone, which avoids odd stubs.
 */
function extendToEdges(cut: Uint8Array, w: number, h: number, bx: number, by: number, sides: readonly boolean[]): void {
  const [top, right, bottom, left] = sides;
  // Each side: its length, the inner row or column, and how to address (along, depth) pixels.
  const bands: Array<[boolean | undefined, number, number, (along: number, depth: number) => number]> = [
    [top, w, by, (x, y) => y * w + x],
    [bottom, w, by, (x, y) => (h - 1 - y) * w + x],
    [left, h, bx, (y, x) => y * w + x],
    [right, h, bx, (y, x) => y * w + (w - 1 - x)],
  ];
  for (const [background, length, depth, at] of bands) {
    if (!background) continue;
    let start = -1;
    for (let i = 0; i <= length; i++) {
      const inside = i < length && cut[at(i, depth)] === 255;
      if (inside && start < 0) start = i;
      if (inside || start < 0) continue;
      if (i - start >= MIN_CONTACT * length) for (let j = start; j < i; j++) for (let d = 0; d < depth; d++) cut[at(j, d)] = 255;
      start = -1;
    }
  }
}

/** Band around the outline compared by the likeness check, as a fraction of the diagonal. */
const RING = 0.04;

/** Likeness (Bhattacharyya coefficient of colour histograms) of the bands inside and outside the outline. */
function ringColourLikeness(cv: Cv, scope: MatScope, rgb: Uint8Array, cut: Uint8Array, width: number, height: number): number {
  const reach = RING * Math.hypot(width, height);
  const inside = scope.mat();
  const outside = scope.mat();
  cv.distanceTransform(scope.fromBytes(height, width, cv.CV_8UC1, cut), inside, cv.DIST_L2, 3);
  cv.distanceTransform(scope.fromBytes(height, width, cv.CV_8UC1, cut.map((v) => 255 - v)), outside, cv.DIST_L2, 3);
  const a = new Float64Array(512);
  const b = new Float64Array(512);
  let na = 0;
  let nb = 0;
  for (let p = 0; p < width * height; p++) {
    const bin = colourBin(rgb, p);
    if (cut[p] && inside.data32F[p]! <= reach) {
      a[bin]! += 1;
      na++;
    } else if (!cut[p] && outside.data32F[p]! <= reach) {
      b[bin]! += 1;
      nb++;
    }
  }
  if (na === 0 || nb === 0) return 1;
  return likeness(a.map((v) => v / na), b.map((v) => v / nb));
}

/** A border band this much like the photo's centre is taken for the subject running off the edge. */
const SUBJECT_LIKENESS = 0.65;

/**
 * GrabCut's starting labels. The usual start (every border is background) fails on close-ups,
 * where the subject runs off one or more sides (a raccoon's back, a cat's ears): its colours then
 * teach the background model and the subject is cut down to its middle. So each side's band is
 * compared with the centre of the photo: unlike sides are background for sure, like sides only
 * probably subject. When no side looks unlike the centre (a small subject leaves the centre mostly
 * background, or there is no subject at all), every side is background, as in plain GrabCut; the
 * plausibility checks then judge the result.
 */
function borderSeeds(rgb: Uint8Array, w: number, h: number, bx: number, by: number): { labels: Uint8Array; sides: boolean[] } {
  const centre = histogram(rgb, w, Math.round(w * 0.3), Math.round(h * 0.3), Math.round(w * 0.7), Math.round(h * 0.7));
  const like = [
    histogram(rgb, w, 0, 0, w, by),
    histogram(rgb, w, w - bx, 0, w, h),
    histogram(rgb, w, 0, h - by, w, h),
    histogram(rgb, w, 0, 0, bx, h),
  ].map((band) => likeness(band, centre));
  const unlike = like.map((v) => v < SUBJECT_LIKENESS);
  const sides = unlike.some(Boolean) ? unlike : [true, true, true, true];
  const [top, right, bottom, left] = sides;
  const GC_BGD = 0;
  const GC_PR_FGD = 3;
  const seeds = new Uint8Array(w * h).fill(GC_PR_FGD);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const background = (top && y < by) || (bottom && y >= h - by) || (left && x < bx) || (right && x >= w - bx);
      if (background) seeds[y * w + x] = GC_BGD;
    }
  }
  return { labels: seeds, sides };
}
