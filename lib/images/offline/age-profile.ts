import type { AgeGroup } from "@/lib/images/paper";
import { PRINT_THRESHOLDS } from "@/lib/images/print-check";

/** Pixels per millimetre at 300 DPI, the resolution offline pages are drawn at. */
export const PX_PER_MM = 300 / 25.4;

/** How the offline engine draws for one age group (lengths in page pixels at 300 DPI). */
export interface OfflineAgeProfile {
  /** Outline width of subjects and of a design's main shapes. */
  line: number;
  /** Outline width of backgrounds and of pattern details. */
  detailLine: number;
  /** Enclosed white areas smaller than this are filled with ink: slivers too small to color. */
  minArea: number;
  /** Ink pieces smaller than this are removed: specks, not lines. */
  maxSpeck: number;
  /** The share of a page's areas that may stay slivers rather than be filled (a little under what the check allows). */
  keepShare: number;
  /** Artwork shapes that would leave less than this to color are not drawn. */
  minShapeArea: number;
  /**
   * The white cleared around a subject, from its outline's middle: less than half the line, so
   * background lines run into the subject's outline. A wider halo would end them short of it,
   * leaving openings where color runs out (and line ends the print check counts as leaks).
   */
  halo: number;
  /** Dark details (eyes, noses) are solid dots up to this size; bigger ones are outlined. */
  maxDot: number;
  /**
   * A solid dot closer than this to a line is drawn as a ring: the print check would read it as
   * a line stopping short of another (its largest gap, and a little more).
   */
  dotClearance: number;
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

/** How much bigger than the print check's smallest area an area must be drawn not to count as a sliver. */
const AREA_MARGIN = 1.15;

interface Choice {
  lineMm: number;
  detailLineMm: number;
  /** How much bigger than the print check's smallest area a drawn shape must leave to color. */
  shapeAreaFactor: number;
  detail: 1 | 2 | 3;
  minDetail: number;
  subjectPatterns: OfflineAgeProfile["subjectPatterns"];
  cellMm: number;
  rings: number;
  regions: number;
}

/**
 * The drawing choices per age. Lines sit at least 0.2 mm above the print check's minimum line
 * for the age (1.5, 1.0, 0.7 and 0.35 mm) so they pass after thresholding; areas, specks and
 * gaps follow the check's own thresholds.
 */
const CHOICES: Record<AgeGroup, Choice> = {
  "3-5": { lineMm: 1.9, detailLineMm: 1.75, shapeAreaFactor: 3, detail: 1, minDetail: 0.09, subjectPatterns: "none", cellMm: 14, rings: 3, regions: 5 },
  "6-9": { lineMm: 1.3, detailLineMm: 1.2, shapeAreaFactor: 3, detail: 2, minDetail: 0.06, subjectPatterns: "none", cellMm: 10, rings: 4, regions: 7 },
  "10-12": { lineMm: 0.95, detailLineMm: 0.9, shapeAreaFactor: 3, detail: 3, minDetail: 0.035, subjectPatterns: "bold", cellMm: 7, rings: 6, regions: 10 },
  adult: { lineMm: 0.7, detailLineMm: 0.55, shapeAreaFactor: 2, detail: 3, minDetail: 0.015, subjectPatterns: "fine", cellMm: 4.2, rings: 9, regions: 16 },
};

function profileFor(age: AgeGroup): OfflineAgeProfile {
  const c = CHOICES[age];
  const print = PRINT_THRESHOLDS[age];
  const line = mm(c.lineMm);
  const floor = print.minAreaMm2 * PX_PER_MM * PX_PER_MM;
  // Counted with a margin: makePrintReady fits the art about 1 % smaller (inside the margins less
  // the repair's reach) and its resampling thickens edges by a fraction of a pixel, so an area just
  // over the check's floor as drawn can fall under it on the sheet (a title's letters have many).
  const minArea = Math.ceil(floor * AREA_MARGIN);
  return {
    line,
    detailLine: mm(c.detailLineMm),
    minArea,
    maxSpeck: Math.ceil(print.maxSpeckMm2 * PX_PER_MM * PX_PER_MM),
    keepShare: print.maxSliverShare * 0.8,
    minShapeArea: Math.ceil(floor * c.shapeAreaFactor),
    halo: line * 0.35,
    maxDot: mm(6),
    dotClearance: mm(print.maxGapMm + 0.3),
    detail: c.detail,
    minDetail: c.minDetail,
    subjectPatterns: c.subjectPatterns,
    cell: mm(c.cellMm),
    rings: c.rings,
    regions: c.regions,
  };
}

export const OFFLINE_AGE: Record<AgeGroup, OfflineAgeProfile> = {
  "3-5": profileFor("3-5"),
  "6-9": profileFor("6-9"),
  "10-12": profileFor("10-12"),
  adult: profileFor("adult"),
};
