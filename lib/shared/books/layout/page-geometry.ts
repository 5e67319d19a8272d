import { gutterInches, KDP_RULES, outsideMarginInches } from "./kdp";
import type { PageSide } from "./impose";
import { trimPoints, type TrimId } from "./trims";
import { inchesToPoints, type Box, type Size } from "./units";

/** Home printing keeps half an inch all round: inside every home printer's unprintable border. */
export const HOME_MARGIN_INCHES = 0.5;
/** The band at the bottom of the live area that holds the page number, outside the coloring area. */
export const PAGE_NUMBER_BAND_INCHES = 0.3;

/** How the interior is printed: at home (the paper is the trim) or print-on-demand (mirrored KDP margins, optional bleed). */
export type PrintMode = { kind: "home" } | { kind: "print-on-demand"; bleed: boolean };

/** Margins in inches, measured from the trim edges; `inside` is the binding side. */
export interface Margins {
  top: number;
  bottom: number;
  inside: number;
  outside: number;
}

/** The margins of every page of an interior of `pageCount` pages. */
export function marginsFor(mode: PrintMode, pageCount: number): Margins {
  if (mode.kind === "home") return { top: HOME_MARGIN_INCHES, bottom: HOME_MARGIN_INCHES, inside: HOME_MARGIN_INCHES, outside: HOME_MARGIN_INCHES };
  const outside = outsideMarginInches(mode.bleed);
  return { top: outside, bottom: outside, inside: gutterInches(pageCount), outside };
}

/** The boxes of one physical page, in points from the top-left corner of its media box. */
export interface PageGeometry {
  /** The PDF page: the trim, plus the bleed on the top, bottom and outside edges when there is bleed. */
  media: Size;
  /** The finished page once cut. */
  trim: Box;
  /** Inside the margins: everything printed (art and page number) stays in here. */
  live: Box;
  /** The live area less the page-number band: where the coloring art goes. */
  art: Box;
  /** The page-number band, or null without page numbers. */
  numberBand: Box | null;
}

/**
 * One page's geometry. Margins are mirrored: the inside margin is on the left of a right-hand page
 * and on the right of a left-hand page, and so is the bleed's missing side (there is no bleed at
 * the spine).
 */
export function pageGeometry({ trim, mode, margins, side, pageNumbers }: { trim: TrimId; mode: PrintMode; margins: Margins; side: PageSide; pageNumbers: boolean }): PageGeometry {
  const size = trimPoints(trim);
  const bleed = mode.kind === "print-on-demand" && mode.bleed ? inchesToPoints(KDP_RULES.bleed) : 0;
  const media = { width: size.width + bleed, height: size.height + 2 * bleed };
  const trimBox: Box = { x: side === "left" ? bleed : 0, y: bleed, width: size.width, height: size.height };
  const left = inchesToPoints(side === "right" ? margins.inside : margins.outside);
  const right = inchesToPoints(side === "right" ? margins.outside : margins.inside);
  const top = inchesToPoints(margins.top);
  const bottom = inchesToPoints(margins.bottom);
  const live: Box = { x: trimBox.x + left, y: trimBox.y + top, width: size.width - left - right, height: size.height - top - bottom };
  const band = pageNumbers ? inchesToPoints(PAGE_NUMBER_BAND_INCHES) : 0;
  const art: Box = { ...live, height: live.height - band };
  const numberBand = pageNumbers ? { x: live.x, y: live.y + live.height - band, width: live.width, height: band } : null;
  return { media, trim: trimBox, live, art, numberBand };
}
