import sharp from "sharp";
import { DPI, pageBox, type Orientation, type Paper } from "./paper";

/** Pixels below this luminance become ink; the rest paper. */
const INK_THRESHOLD = 160;
/** A pixel counts as colored when its channels spread this much (0–255). */
const COLOR_SPREAD = 48;
/** The reference inset is looked for in this bottom-right share of the picture. */
const CORNER_SHARE = 0.45;

export interface PrintOptions {
  paper: Paper;
  orientation: Orientation;
  /** Keep the colors of a reference picture in the bottom-right corner. */
  keepColorReference: boolean;
}

export interface PrintResult {
  png: Buffer;
  width: number;
  height: number;
  /** The colored reference's box on the page, when one was kept. */
  referenceBox?: { left: number; top: number; width: number; height: number };
}

type Box = { left: number; top: number; width: number; height: number };

/** Bounding box of colored pixels inside the bottom-right corner, or null. */
function findColorCorner(data: Buffer, width: number, height: number): Box | null {
  const x0 = Math.floor(width * (1 - CORNER_SHARE));
  const y0 = Math.floor(height * (1 - CORNER_SHARE));
  let minX = width, minY = height, maxX = -1, maxY = -1, count = 0;
  for (let y = y0; y < height; y++) {
    for (let x = x0; x < width; x++) {
      const i = (y * width + x) * 3;
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      if (Math.max(r, g, b) - Math.min(r, g, b) < COLOR_SPREAD) continue;
      count++;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  // A handful of tinted pixels is anti-aliasing noise, not a reference picture.
  if (count < (width * height) / 2000) return null;
  const pad = Math.round(width / 200);
  const left = Math.max(x0, minX - pad);
  const top = Math.max(y0, minY - pad);
  return { left, top, width: Math.min(width, maxX + pad + 1) - left, height: Math.min(height, maxY + pad + 1) - top };
}

function inside(box: Box | null, x: number, y: number): boolean {
  return box !== null && x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;
}

/**
 * Makes any engine's picture print-ready: fitted with margins onto the paper at 300 DPI, pure black
 * on pure white everywhere except (optionally) a colored reference in the bottom-right corner.
 */
export async function makePrintReady(input: Buffer, options: PrintOptions): Promise<PrintResult> {
  const page = pageBox(options.paper, options.orientation);
  const { data, info } = await sharp(input, { limitInputPixels: 60_000_000 })
    .flatten({ background: "#ffffff" })
    .resize(page.content.width, page.content.height, { fit: "inside", kernel: "lanczos3" })
    .removeAlpha()
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const reference = options.keepColorReference ? findColorCorner(data, width, height) : null;

  const channels = reference ? 3 : 1;
  const left = page.content.left + Math.floor((page.content.width - width) / 2);
  const top = page.content.top + Math.floor((page.content.height - height) / 2);
  // The whole sheet is built here in one buffer: paper white, then the art copied in, thresholded.
  const out = Buffer.alloc(page.width * page.height * channels, 255);
  for (let y = 0; y < height; y++) {
    const row = (top + y) * page.width + left;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const o = (row + x) * channels;
      if (reference && inside(reference, x, y)) {
        out[o] = data[i]!;
        out[o + 1] = data[i + 1]!;
        out[o + 2] = data[i + 2]!;
        continue;
      }
      const luminance = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      if (luminance >= INK_THRESHOLD) continue;
      out[o] = 0;
      if (channels === 3) {
        out[o + 1] = 0;
        out[o + 2] = 0;
      }
    }
  }
  const encoder = sharp(out, { raw: { width: page.width, height: page.height, channels } });
  if (channels === 1) encoder.toColourspace("b-w");
  const png = await encoder
    .withDensity(DPI)
    .png({ compressionLevel: 6, adaptiveFiltering: false })
    .toBuffer();
  return {
    png,
    width: page.width,
    height: page.height,
    referenceBox: reference
      ? { left: left + reference.left, top: top + reference.top, width: reference.width, height: reference.height }
      : undefined,
  };
}
