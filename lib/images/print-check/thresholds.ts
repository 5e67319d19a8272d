import type { AgeGroup } from "../paper";
import type { PrintThresholds } from "./types";

/**
 * What a printed page must meet, per age group. The starting point was the product's table
 * (minimum line 1.5 / 1.0 / 0.7 / 0.35 mm, smallest area 100 / 30 / 12 / 3 mm²). Each value was
 * then held against synthetic pages with known defects and against the pages the offline engine
 * draws (8 themes × 4 age groups on Letter; `scripts/print-check-offline.ts` prints them all):
 *
 * - Lines (minLineMm): the table's. Offline pages measure a median of 0.97–1.14 mm (3–5),
 *   0.67–0.80 (6–9), 0.47–0.57 (10–12) and 0.43 mm (adult), 5th percentile 0.87–0.94 / 0.64 /
 *   0.43 / 0.30 mm: about the widths their age styles draw, so they are thickened by the repair.
 * - Areas (minAreaMm2, maxSliverShare): the table's floors counted 55–82 % of the areas of
 *   pleasant toddler pages as too small (24 mm² mushroom spots, 37 mm² penguin feet, 5 × 7 mm
 *   sun rays). The floor is now the smallest area the age's usual tool fills with control: a
 *   toddler's jumbo crayon (about 4.5 mm across: 20 mm²), a crayon (8 mm²), a colored pencil
 *   (4 mm²), a fine pencil (1.5 mm²). Small areas that are details (an eye, a sun ray, the inside
 *   of a letter of the title) are fine until they are most of the page: offline pages have
 *   0–50 % of them (more once thickening shrinks their areas), the pages drawn with a fine-leaved
 *   plant 25–67 %, and a page fails past half.
 * - Gaps (maxGapMm): about two line widths for the age. Offline pages show 1–43 leaks each: the
 *   knockout around a subject leaves a 0.9–1.1 mm gap where a background line meets it, which
 *   colour runs through. Wider openings are read as drawn on purpose (a wave, a strand of hair).
 * - Specks (maxSpeckMm2): the ink pieces on offline pages (0–2 per page) are 0.02–0.2 mm²
 *   remnants of a knocked-out line; a deliberate dot (an eye) is several mm². Pinholes of paper
 *   under the same size (2–181 per page: one to four pixels where two lines meet at a shallow
 *   angle) are not areas to color.
 * - Solids: a fill is ink that holds a disk 3 mm across (4 mm for 3–5, whose lines are bolder),
 *   so no line counts however long, only the outer corners of the boldest. The dots offline
 *   art draws solid (pupils, ladybird spots) measure 7–58 mm²; a fill over 1 cm² (a silhouette,
 *   black hair, a night sky) wastes ink and cannot be colored.
 * - Coverage: offline pages carry 2.4–6.1 % ink (up to 9 % once thickened). Under 1 % a page is
 *   all but empty; over a quarter (a third for the older ages, whose pages are denser) it is
 *   mostly fill or hatching.
 */
export const PRINT_THRESHOLDS: Readonly<Record<AgeGroup, Readonly<PrintThresholds>>> = {
  "3-5": { minLineMm: 1.5, minAreaMm2: 20, maxSliverShare: 0.5, maxGapMm: 3, maxSpeckMm2: 1, solidWidthMm: 4, maxSolidMm2: 100, coverage: { min: 0.01, max: 0.25 } },
  "6-9": { minLineMm: 1.0, minAreaMm2: 8, maxSliverShare: 0.5, maxGapMm: 2, maxSpeckMm2: 0.5, solidWidthMm: 3, maxSolidMm2: 100, coverage: { min: 0.01, max: 0.3 } },
  "10-12": { minLineMm: 0.7, minAreaMm2: 4, maxSliverShare: 0.5, maxGapMm: 1.5, maxSpeckMm2: 0.3, solidWidthMm: 3, maxSolidMm2: 100, coverage: { min: 0.01, max: 0.35 } },
  adult: { minLineMm: 0.35, minAreaMm2: 1.5, maxSliverShare: 0.5, maxGapMm: 1, maxSpeckMm2: 0.1, solidWidthMm: 3, maxSolidMm2: 100, coverage: { min: 0.01, max: 0.35 } },
};
