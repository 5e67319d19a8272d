/** Turns the user's choices (age group, detail) into the tracer's numeric settings. */
import { AGE_STYLES, DPI, type AgeGroup } from "@/lib/images/paper";
import { PRINT_THRESHOLDS } from "@/lib/images/print-check";

export interface TraceParams {
  /** Long side of the working image, px. */
  workLongSide: number;
  /** Colours of the over-segmentation (before merging). */
  colours: number;
  /** Bilateral filter passes and colour sigma. */
  smoothPasses: number;
  smoothSigma: number;
  /** Majority filter radius on the colour labels, work px. */
  modeRadius: number;
  /** Smallest colourable region, as a multiple of the line width squared (output px). */
  minRegionLines: number;
  /** Borders cheaper than this are erased (larger of mean contrast along them and mean-colour ΔE 76). */
  mergeCost: number;
  /** Fraction of pixels that may seed a detail (Canny) line. */
  edgeSeedFraction: number;
  /** Shortest detail line kept, as a fraction of the working image's long side. */
  edgeMinLength: number;
  /** Total length of detail lines, as a multiple of the working image's width + height; 0 = none. */
  edgeBudget: number;
  /** Length of detail lines inside a detected face, as a multiple of the face box's width + height. */
  faceBudget: number;
  /** Weight of lightness against hue/chroma in colour distances (shading tolerance). */
  lightnessWeight: number;
  /** Weight of mean-colour difference against edge contrast when merging the subject's regions. */
  subjectColourWeight: number;
  /** Smoothing of outlines along their length, in working px (Gaussian sigma). */
  curveSigma: number;
  /** Line widths at 300 DPI: the subject's outline, other outlines and inner detail lines. */
  subjectLinePx: number;
  linePx: number;
  detailLinePx: number;
  /** Enclosed paper smaller than this (px at 300 DPI) is inked: the print check's smallest area. */
  minAreaPx: number;
  /** Gaps narrower than this (px at 300 DPI) at a detail line's end are closed: the print check's leak. */
  maxGapPx: number;
}

const clampDetail = (detail: number): number => Math.min(5, Math.max(1, Math.round(Number.isFinite(detail) ? detail : 3)));

/**
 * Derives tracing settings. `detail` 1…5 scales the number of colours, the smallest region kept
 * and how many inner detail lines survive; the age group sets the line widths (at least
 * `minLinePx`, and at least the print check's minimum line) and, through them, how small a shape
 * may get.
 */
export function traceParams(ageGroup: AgeGroup, detail: number): TraceParams {
  const style = AGE_STYLES[ageGroup];
  // Every stroke must pass the print check's minimum line: it measures the width across less one
  // pixel, and OpenCV's strokes come out up to a pixel narrower at some angles, hence the 2 px.
  const minPx = (PRINT_THRESHOLDS[ageGroup].minLineMm / 25.4) * DPI + 2;
  const d = clampDetail(detail);
  const i = d - 1;
  return {
    workLongSide: [640, 680, 720, 800, 880][i]!,
    colours: [12, 14, 16, 20, 24][i]!,
    smoothPasses: 2,
    smoothSigma: [45, 40, 35, 30, 25][i]!,
    modeRadius: [2, 2, 2, 1, 1][i]!,
    minRegionLines: [160, 90, 50, 30, 18][i]!,
    mergeCost: [13, 12, 10.5, 9, 7.5][i]!,
    edgeSeedFraction: [0.015, 0.025, 0.04, 0.07, 0.1][i]!,
    edgeMinLength: [0.08, 0.06, 0.04, 0.03, 0.02][i]!,
    edgeBudget: [0.25, 0.5, 1, 1.8, 2.8][i]!,
    curveSigma: [6, 5, 4, 3.5, 3][i]!,
    lightnessWeight: 0.5,
    subjectColourWeight: 0.3,
    faceBudget: [0.8, 1, 1.3, 1.6, 2][i]!,
    // The subject's outline is drawn a little bolder, as an illustrator would, so it reads first.
    subjectLinePx: Math.round(Math.max(style.linePx, minPx) * 1.3),
    linePx: Math.max(style.linePx, minPx),
    detailLinePx: Math.max(style.minLinePx, minPx, Math.round(style.linePx * 0.65)),
    minAreaPx: PRINT_THRESHOLDS[ageGroup].minAreaMm2 * (DPI / 25.4) ** 2,
    maxGapPx: (PRINT_THRESHOLDS[ageGroup].maxGapMm / 25.4) * DPI,
  };
}
