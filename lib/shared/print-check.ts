// The print check of a page as stored and sent by the API (see lib/images/print-check): plain JSON,
// client-safe, so the pages and the API readers share one shape.
import type { AgeGroup } from "./options";

/** A rectangle on the page, in pixels from its top-left corner. */
export interface PixelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The limits a page must meet, per age group (see `PRINT_THRESHOLDS`). */
export interface PrintThresholds {
  /** The 5th percentile of line width along the lines must reach this. */
  minLineMm: number;
  /** Enclosed areas smaller than this are slivers: too small to color. */
  minAreaMm2: number;
  /** The share of the enclosed areas that may be slivers before the page fails. */
  maxSliverShare: number;
  /** A line end this close to another line is a leak; repair closes it. Wider openings are drawn on purpose. */
  maxGapMm: number;
  /** Ink pieces smaller than this are specks. */
  maxSpeckMm2: number;
  /** Ink at least this wide in every direction is a solid fill, not a line. */
  solidWidthMm: number;
  /** Solid fills larger than this fail the page; repair opens them up into outlines. */
  maxSolidMm2: number;
  /** The share of the page's paper that may be ink. */
  coverage: { min: number; max: number };
}

/** The items of a print check, in display order. */
export const PRINT_CHECK_ITEMS = ["grey", "coverage", "lines", "areas", "leaks", "specks", "solids"] as const;
export type PrintCheckItemId = (typeof PRINT_CHECK_ITEMS)[number];

export const PRINT_CHECK_REASONS = [
  "grey_pixels",
  "too_little_ink",
  "too_much_ink",
  "lines_too_thin",
  "areas_too_small",
  "open_outlines",
  "specks",
  "pinholes",
  "solid_black",
] as const;
export type PrintCheckReasonCode = (typeof PRINT_CHECK_REASONS)[number];

/** Why an item failed: a code the interface translates, the measure and the limit it broke. */
export interface PrintCheckReason {
  code: PrintCheckReasonCode;
  /** The measure that broke the limit, in `unit`. */
  value: number;
  limit: number;
  unit: "share" | "mm" | "mm2" | "count";
  /** The same in English, for logs and API readers. */
  message: string;
}

/** What every item has: its verdict, why, and where on the page. */
export interface PrintCheckItemBase {
  pass: boolean;
  /** Empty when the item passes. */
  reasons: PrintCheckReason[];
  /** The failing parts, most important first (at most `MAX_LOCATIONS`), to highlight on the page. */
  locations: PixelBox[];
}

export interface GreyItem extends PrintCheckItemBase {
  /** Share of the page (outside the reference inset) that is neither pure black nor pure white. */
  share: number;
  pixels: number;
}

export interface CoverageItem extends PrintCheckItemBase {
  /** Share of the page (outside the reference inset) that is ink. */
  share: number;
}

export interface LinesItem extends PrintCheckItemBase {
  /** Line width along the lines (solid fills left out): median and 5th percentile; null without lines. */
  medianMm: number | null;
  p5Mm: number | null;
}

export interface AreasItem extends PrintCheckItemBase {
  /** Enclosed areas to color (neither the paper around the drawing nor pinholes are). */
  count: number;
  smallestMm2: number | null;
  slivers: number;
}

export interface LeaksItem extends PrintCheckItemBase {
  /** Line ends that stop short of another line. */
  count: number;
  /** The narrowest such gap, or null without leaks. */
  narrowestMm: number | null;
}

export interface SpecksItem extends PrintCheckItemBase {
  /** Ink pieces too small to be a line. */
  count: number;
  /** Pinholes: enclosed paper too small to be an area to color (often where two lines meet). */
  holes: number;
}

export interface SolidsItem extends PrintCheckItemBase {
  /** Solid fills larger than the limit. */
  count: number;
  /** The largest solid fill of any size, or null when there is none. */
  largestMm2: number | null;
}

/** The print check of one page: JSON-serialisable, stored with the image. */
export interface PrintCheck {
  version: 1;
  ageGroup: AgeGroup;
  pass: boolean;
  page: { width: number; height: number; dpi: number };
  thresholds: PrintThresholds;
  items: {
    grey: GreyItem;
    coverage: CoverageItem;
    lines: LinesItem;
    areas: AreasItem;
    leaks: LeaksItem;
    specks: SpecksItem;
    solids: SolidsItem;
  };
}
