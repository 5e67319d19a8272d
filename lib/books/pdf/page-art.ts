import sharp from "sharp";
import type { CropBox } from "@/lib/db/books";

const MAX_INPUT_PIXELS = 60_000_000;

/**
 * A page's drawing as it goes into a book: cut to its ink (`crop`) and resampled to exactly the
 * pixel size of its place on the page at 300 DPI, never more, grey unless the page has color.
 * Written as an 8-bit PNG whose rows go into the PDF as they are.
 */
export async function renderPageArt({ png, crop, color, width, height }: { png: Buffer; crop: CropBox; color: boolean; width: number; height: number }): Promise<Buffer> {
  const cut = sharp(png, { limitInputPixels: MAX_INPUT_PIXELS })
    .flatten({ background: "#ffffff" })
    .extract(crop)
    .resize(width, height, { fit: "fill", kernel: "lanczos3" });
  const pixels = color ? cut.toColourspace("srgb") : cut.greyscale().toColourspace("b-w");
  return pixels.png({ compressionLevel: 6, adaptiveFiltering: true }).toBuffer();
}
