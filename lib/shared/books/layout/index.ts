/** Book layout: trims, KDP's print-on-demand rules, imposition, page and cover geometry. Pure and client-safe. */
export { TRIM_IDS, isTrimId, trimInches, trimPoints, type TrimId } from "./trims";
export { KDP_RULES, POD_PAPERS, allowsSpineText, gutterInches, outsideMarginInches, pageCountProblem, spineWidthInches, type PageCountProblem, type PodPaper } from "./kdp";
export { imposePages, sideOf, type FrontMatter, type ImposeInput, type PageSide, type PageSlot, type SlotKind } from "./impose";
export { HOME_MARGIN_INCHES, PAGE_NUMBER_BAND_INCHES, marginsFor, pageGeometry, type Margins, type PageGeometry, type PrintMode } from "./page-geometry";
export { COVER_TEXT_INSET_INCHES, coverGeometry, type CoverGeometry } from "./cover-geometry";
export { layoutBook, printModeOf, type BookLayout, type BookLayoutInput, type LaidOutPage, type LayoutProblem } from "./book-layout";
export { POINTS_PER_INCH, PRINT_DPI, fitInside, inchesToPoints, pointsToPixels, type Box, type Size } from "./units";
