/**
 * Amazon KDP's published print-on-demand rules for paperbacks, in inches: the one place they live.
 * Source: Kindle Direct Publishing Help, "Set Trim Size, Bleed, and Margins"
 * (https://kdp.amazon.com/en_US/help/topic/GVBQ3CMEQW3W2VL6) for the interior (bleed, gutter by
 * page count, outside margins, page counts) and "Create a Paperback Cover"
 * (https://kdp.amazon.com/en_US/help/topic/G201953020) for the cover (spine width per page, spine
 * text, safe zone, barcode area). Compare with those pages when KDP changes its rules.
 */
export const KDP_RULES = {
  /** Added to the top, bottom and outside edges of interior pages with bleed, and to every edge of the cover. */
  bleed: 0.125,
  minPages: 24,
  maxPages: 828,
  /** Minimum inside (gutter) margin by the interior's page count: each row covers up to `maxPages`. */
  gutter: [
    { maxPages: 150, inches: 0.375 },
    { maxPages: 300, inches: 0.5 },
    { maxPages: 500, inches: 0.625 },
    { maxPages: 700, inches: 0.75 },
    { maxPages: 828, inches: 0.875 },
  ],
  /** Minimum top, bottom and outside margins. */
  outsideMargin: { withoutBleed: 0.25, withBleed: 0.375 },
  /** Spine width per interior page (black ink). */
  spinePerPage: { white: 0.002252, cream: 0.0025 },
  /** Spine text is allowed only on books with more pages than this. */
  spineTextAbovePages: 79,
  /** Space kept free on each side of the spine text. */
  spineTextClearance: 0.0625,
  /** Cover text stays at least this far inside the trim. */
  coverSafeMargin: 0.125,
  /** Where KDP prints the barcode: bottom right of the back cover, this far from the trim edges. */
  barcode: { width: 2, height: 1.2, margin: 0.25 },
} as const;

export const POD_PAPERS = ["white", "cream"] as const;
export type PodPaper = (typeof POD_PAPERS)[number];

/** The minimum inside margin for an interior of `pageCount` pages (the last row beyond 828). */
export function gutterInches(pageCount: number): number {
  const row = KDP_RULES.gutter.find((r) => pageCount <= r.maxPages) ?? KDP_RULES.gutter[KDP_RULES.gutter.length - 1]!;
  return row.inches;
}

/** The minimum top, bottom and outside margin. */
export function outsideMarginInches(bleed: boolean): number {
  return bleed ? KDP_RULES.outsideMargin.withBleed : KDP_RULES.outsideMargin.withoutBleed;
}

/** The spine's width in inches for an interior of `pageCount` pages. */
export function spineWidthInches(pageCount: number, paper: PodPaper): number {
  return pageCount * KDP_RULES.spinePerPage[paper];
}

/** Whether the spine may carry text: only above 79 pages. */
export function allowsSpineText(pageCount: number): boolean {
  return pageCount > KDP_RULES.spineTextAbovePages;
}

export type PageCountProblem = "too_few_pages" | "too_many_pages";

/** Why KDP would refuse an interior of this many pages, or null. */
export function pageCountProblem(pageCount: number): PageCountProblem | null {
  if (pageCount < KDP_RULES.minPages) return "too_few_pages";
  if (pageCount > KDP_RULES.maxPages) return "too_many_pages";
  return null;
}
