import sharp from "sharp";
import type { CropBox } from "@/lib/db/books";

/** Every channel at least this light is paper, not ink. */
const PAPER_LEVEL = 245;
/** A pixel counts as colored when its channels spread this much (as in lib/images/print.ts). */
const COLOR_SPREAD = 48;
/** The same guard against decompression bombs as print layout. */
const MAX_INPUT_PIXELS = 60_000_000;

export interface PageArt {
  /** The bounding box of everything that is not paper. */
  crop: CropBox;
  /** The page carries color (a colored reference corner) beyond anti-aliasing noise. */
  color: boolean;
}

/**
 * Measures a page image once, when it is added to a book: where its ink is (so the book re-fits
 * the drawing, not the page's own margins, onto its trim) and whether it has color. A page with
 * no ink at all keeps its whole area.
 */
export async function measurePageArt(png: Buffer): Promise<PageArt> {
  const { data, info } = await sharp(png, { limitInputPixels: MAX_INPUT_PIXELS })
    .flatten({ background: "#ffffff" })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  let minX = width, minY = height, maxX = -1, maxY = -1, colored = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width * channels;
    for (let x = 0; x < width; x++) {
      const i = row + x * channels;
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      if (r >= PAPER_LEVEL && g >= PAPER_LEVEL && b >= PAPER_LEVEL) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (Math.max(r, g, b) - Math.min(r, g, b) >= COLOR_SPREAD) colored++;
    }
  }
  const color = colored > (width * height) / 2000;
  if (maxX < 0) return { crop: { left: 0, top: 0, width, height }, color };
  return { crop: { left: minX, top: minY, width: maxX - minX + 1, height: maxY - minY + 1 }, color };
}
