import { allowsSpineText, KDP_RULES, spineWidthInches, type PodPaper } from "./kdp";
import { trimInches, type TrimId } from "./trims";
import { inchesToPoints, type Box, type Size } from "./units";

/** Cover text keeps twice KDP's minimum distance from the trim, so a slightly off cut never reaches it. */
export const COVER_TEXT_INSET_INCHES = 2 * KDP_RULES.coverSafeMargin;

/** A wraparound paperback cover, in points from the top-left corner of the PDF page. */
export interface CoverGeometry {
  /** back + spine + front, with the bleed on every edge. */
  media: Size;
  /** The whole cover once cut. */
  trim: Box;
  back: Box;
  spine: Box;
  front: Box;
  /** The front panel with its bleed (top, outside, bottom): where the cover picture goes. */
  frontArt: Box;
  /** Where text may go on the front and the back (each panel less the text inset). */
  frontSafe: Box;
  backSafe: Box;
  /** KDP's barcode area on the back cover: kept free. */
  barcode: Box;
  spineWidthInches: number;
  /** The spine's text area (less KDP's clearance), or null when the book is too thin for spine text. */
  spineText: Box | null;
}

function inset(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, width: box.width - 2 * by, height: box.height - 2 * by };
}

/** The cover of an interior of `pageCount` pages on `paper`: spine width = pages × the paper's thickness. */
export function coverGeometry({ trim, pageCount, paper }: { trim: TrimId; pageCount: number; paper: PodPaper }): CoverGeometry {
  const size = trimInches(trim);
  const bleed = inchesToPoints(KDP_RULES.bleed);
  const width = inchesToPoints(size.width);
  const height = inchesToPoints(size.height);
  const spineInches = spineWidthInches(pageCount, paper);
  const spineWidth = inchesToPoints(spineInches);
  const back: Box = { x: bleed, y: bleed, width, height };
  const spine: Box = { x: bleed + width, y: bleed, width: spineWidth, height };
  const front: Box = { x: bleed + width + spineWidth, y: bleed, width, height };
  const media = { width: 2 * width + spineWidth + 2 * bleed, height: height + 2 * bleed };
  const barcodeSize = { width: inchesToPoints(KDP_RULES.barcode.width), height: inchesToPoints(KDP_RULES.barcode.height) };
  const barcodeMargin = inchesToPoints(KDP_RULES.barcode.margin);
  const textInset = inchesToPoints(COVER_TEXT_INSET_INCHES);
  const clearance = inchesToPoints(KDP_RULES.spineTextClearance);
  return {
    media,
    trim: { x: bleed, y: bleed, width: 2 * width + spineWidth, height },
    back,
    spine,
    front,
    frontArt: { x: front.x, y: 0, width: width + bleed, height: media.height },
    frontSafe: inset(front, textInset),
    backSafe: inset(back, textInset),
    barcode: {
      x: back.x + width - barcodeMargin - barcodeSize.width,
      y: back.y + height - barcodeMargin - barcodeSize.height,
      ...barcodeSize,
    },
    spineWidthInches: spineInches,
    spineText: allowsSpineText(pageCount)
      ? { x: spine.x + clearance, y: spine.y + textInset, width: spineWidth - 2 * clearance, height: height - 2 * textInset }
      : null,
  };
}
