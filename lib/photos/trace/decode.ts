/** Decoding an uploaded photo into the small RGB working image the tracer analyses. */
import sharp from "sharp";

/** Decompression-bomb guard: 40 MP is well above any phone camera. */
export const MAX_INPUT_PIXELS = 40_000_000;

/** An 8-bit RGB image, row-major, 3 bytes per pixel. */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * Decodes JPEG/PNG/WebP bytes, applies EXIF orientation, flattens transparency on white and
 * resizes so that the long side is `longSide` px (small photos are enlarged, large ones shrunk
 * on load, which keeps 12 MP photos fast).
 */
export async function decodeWorkImage(photo: Buffer, longSide: number): Promise<RgbImage> {
  const { data, info } = await sharp(photo, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
    .rotate()
    .flatten({ background: "#ffffff" })
    .resize({ width: longSide, height: longSide, fit: "inside", kernel: "lanczos3" })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`Expected 3 channels after decoding, got ${info.channels}`);
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}
