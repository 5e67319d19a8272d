import type { AgeGroup } from "../paper";
import type { PrintThresholds } from "./types";

/**
 * What a printed page must meet, per age group. The starting point was the product's table
 * (minimum line 1.5 / 1.0 / 0.7 / 0.35 mm, smallest area 100 / 30 / 12 / 3 mm²); each value was
 * then held against pages measured at 300 DPI: 8 themes × 4 age groups from the offline engine
 * (Letter, seeds 0–7), and synthetic pages with known defects.
 *
 * - Lines (minLineMm): kept as the product's table. Offline pages measure a 5th percentile of
 *   0.76–0.88 mm (3–5), 0.61–0.63 (6–9), 0.37 (10–12) and 0.29 mm (adult), about the widths
 *   their age styles draw; so today they are thickened by the repair rather than passed thin.
 * - Areas (minAreaMm2): the table's floors made 40–80 % of the areas on pleasant toddler pages
 *   "slivers" (24 mm² mushroom spots, 37 mm² penguin feet, 5 × 7 mm sun rays), so the floor is
 *   now the smallest area the usual tool fills with control: a toddler's jumbo crayon (about
 *   4.5 mm across, 20 mm²), a crayon (8 mm²), a colored pencil (4 mm²), a fine pencil
 *   (1.5 mm²). Areas under it that stay few are details (an eye, the inside of an "e" in a
 *   title); maxSliverShare (10 % of the areas) fails pages made of them: the offline pages with
 *   a fine-leaved plant had 71–139 slivers (30–67 %), the others 0–23.
 * - Gaps (maxGapMm): about two line widths for the age. The offline engine's knockouts leave
 *   0.9–1.1 mm gaps where a background line meets a subject, which colour runs through; wider
 *   openings are read as drawn on purpose (a wave, a strand of hair).
 * - Specks (maxSpeckMm2): the ink pieces found on offline pages are 0.02–0.2 mm² slivers of a
 *   knocked-out line; a deliberate dot (an eye) is at least a few mm². Pinholes under the same
 *   size (1–4 pixels where two lines meet at a shallow angle) are not areas to color.
 * - Solids: a fill is ink that holds a disk 3 mm across (4 mm for 3–5, whose lines are bolder),
 *   so no line counts however long, only the outer corners of the boldest. The dots offline
 *   art draws solid (pupils, ladybird spots) measure 7–58 mm²; a fill over 1 cm² (a
 *   silhouette, black hair, a night sky) wastes ink and cannot be colored.
 * - Coverage: offline pages carry 2.4–6.1 % ink. Under 1 % a page is all but empty; over a
 *   quarter (a third for older ages, whose pages are denser) it is mostly fill or hatching.
 */
export const PRINT_THRESHOLDS: Readonly<Record<AgeGroup, Readonly<PrintThresholds>>> = {
  "3-5": { minLineMm: 1.5, minAreaMm2: 20, maxSliverShare: 0.1, maxGapMm: 3, maxSpeckMm2: 1, solidWidthMm: 4, maxSolidMm2: 100, coverage: { min: 0.01, max: 0.25 } },
  "6-9": { minLineMm: 1.0, minAreaMm2: 8, maxSliverShare: 0.1, maxGapMm: 2, maxSpeckMm2: 0.5, solidWidthMm: 3, maxSolidMm2: 100, coverage: { min: 0.01, max: 0.3 } },
  "10-12": { minLineMm: 0.7, minAreaMm2: 4, maxSliverShare: 0.1, maxGapMm: 1.5, maxSpeckMm2: 0.3, solidWidthMm: 3, maxSolidMm2: 100, coverage: { min: 0.01, max: 0.35 } },
  adult: { minLineMm: 0.35, minAreaMm2: 1.5, maxSliverShare: 0.1, maxGapMm: 1, maxSpeckMm2: 0.1, solidWidthMm: 3, maxSolidMm2: 100, coverage: { min: 0.01, max: 0.35 } },
};
