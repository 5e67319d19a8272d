import type { AgeGroup } from "@/lib/images/paper";

/** Pixels per millimetre at 300 DPI, the resolution offline pages are drawn at. */
export const PX_PER_MM = 300 / 25.4;

/** How the offline engine draws for one age group (lengths in page pixels at 300 DPI). */
export interface OfflineAgeProfile {
  /** Outline width of subjects and of a design's main shapes. */
  line: number;
  /** Outline width of backgrounds and of pattern details. */
  detailLine: number;
  /**
   * White areas smaller than this are filled with ink: too small to color, they would only be
   * specks of paper between lines.
   */
  minArea: number;
  /** Background detail: 1 low, 2 medium, 3 high. */
  detail: 1 | 2 | 3;
  /** Icon shapes smaller than this share of the icon's size are dropped as clutter. */
  minDetail: number;
  /** Patterns drawn inside a subject's large shapes: none, a few bold ones, or fine ones everywhere. */
  subjectPatterns: "none" | "bold" | "fine";
  /** The repeat of a pattern (stripe spacing, tile size). */
  cell: number;
  /** Rings of a mandala and regions of a zentangle: fewer and bigger for younger hands. */
  rings: number;
  regions: number;
}

const mm = (value: number): number => Math.round(value * PX_PER_MM);

/**
 * Every line sits at least 0.2 mm above the print check's minimum line for the age (1.5, 1.0,
 * 0.7 and 0.35 mm), and the smallest area left to color at its smallest area (100, 30, 12 and
 * 3 mm²), so that pages pass the check with a margin after thresholding.
 */
export const OFFLINE_AGE: Record<AgeGroup, OfflineAgeProfile> = {
  "3-5": { line: mm(1.9), detailLine: mm(1.75), minArea: mm(10) * mm(10), detail: 1, minDetail: 0.09, subjectPatterns: "none", cell: mm(14), rings: 3, regions: 5 },
  "6-9": { line: mm(1.3), detailLine: mm(1.2), minArea: mm(5.5) * mm(5.5), detail: 2, minDetail: 0.06, subjectPatterns: "none", cell: mm(10), rings: 4, regions: 7 },
  "10-12": { line: mm(0.95), detailLine: mm(0.9), minArea: mm(3.5) * mm(3.5), detail: 3, minDetail: 0.035, subjectPatterns: "bold", cell: mm(7), rings: 6, regions: 10 },
  adult: { line: mm(0.7), detailLine: mm(0.55), minArea: mm(1.75) * mm(1.75), detail: 3, minDetail: 0.015, subjectPatterns: "fine", cell: mm(4.2), rings: 9, regions: 16 },
};
