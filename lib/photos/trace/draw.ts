/** Drawing traced polylines at print resolution as pure black-and-white strokes. */
import sharp from "sharp";
import type { Chain } from "./chains";
import type { Cv } from "./opencv";

/** Where the working image lands on the page: scale and offset of the centred fit. */
export interface FitBox {
  scale: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Fits a `workWidth × workHeight` image inside `width × height`, aspect preserved, centred. */
export function fitBox(workWidth: number, workHeight: number, width: number, height: number): FitBox {
  const scale = Math.min(width / workWidth, height / workHeight);
  const w = Math.min(width, Math.round(workWidth * scale));
  const h = Math.min(height, Math.round(workHeight * scale));
  return { scale, width: w, height: h, left: Math.floor((width - w) / 2), top: Math.floor((height - h) / 2) };
}

/** A set of polylines (working-image coordinates) drawn with one stroke width (output px). */
export interface StrokeSet {
  chains: Chain[];
  widthPx: number;
}

const SHIFT = 3;

/**
 * OpenCV's thickness for a stroke at least `widthPx` wide. Thick LINE_8 strokes come out t + 1 px
 * wide for an even thickness t (t + 2 for an odd one), so widths are rounded up to odd numbers.
 */
export function cvThickness(widthPx: number): number {
  const odd = Math.max(1, 2 * Math.ceil((widthPx - 1) / 2) + 1);
  return odd === 1 ? 1 : odd - 1;
}

/**
 * Draws the stroke sets on a white `width × height` page with round caps and joins (no
 * anti-aliasing, so pixels are only 0 or 255), plus a frame around the picture. Returns the
 * 8-bit grey pixels.
 */
export function drawStrokes(cv: Cv, sets: StrokeSet[], box: FitBox, width: number, height: number, frameWidthPx: number): Uint8Array {
  const page = new cv.Mat(height, width, cv.CV_8UC1, new cv.Scalar(255));
  const black = new cv.Scalar(0);
  const unit = 1 << SHIFT;
  try {
    for (const set of sets) {
      const vector = new cv.MatVector();
      try {
        for (const chain of set.chains) {
          const p = chain.points;
          const fixed = new Int32Array(p.length);
          for (let i = 0; i < p.length; i += 2) {
            fixed[i] = Math.round((box.left + p[i]! * box.scale) * unit);
            fixed[i + 1] = Math.round((box.top + p[i + 1]! * box.scale) * unit);
          }
          const mat = cv.matFromArray(p.length / 2, 1, cv.CV_32SC2, Array.from(fixed));
          vector.push_back(mat);
          mat.delete();
        }
        cv.polylines(page, vector, false, black, cvThickness(set.widthPx), cv.LINE_8, SHIFT);
      } finally {
        vector.delete();
      }
    }
    const inset = Math.ceil(frameWidthPx / 2);
    cv.rectangle(
      page,
      new cv.Point(box.left + inset, box.top + inset),
      new cv.Point(box.left + box.width - 1 - inset, box.top + box.height - 1 - inset),
      black,
      cvThickness(frameWidthPx),
      cv.LINE_8,
    );
    // Strokes may overhang the picture's edge by half a line: keep the page outside it white.
    const pixels = new Uint8Array(page.data);
    for (let y = 0; y < height; y++) {
      const inside = y >= box.top && y < box.top + box.height;
      for (let x = 0; x < width; x++) {
        if (!inside || x < box.left || x >= box.left + box.width) pixels[y * width + x] = 255;
      }
    }
    return pixels;
  } finally {
    page.delete();
  }
}

/**
 * Inks enclosed paper smaller than `maxArea` px (4-connected): where lines meet at a shallow
 * angle, or a detail line runs close to an outline, they enclose slivers too small for any crayon,
 * which the print check counts as defects. Filled, they read as a slightly bolder line or a dot.
 * Paper touching the page's edge (around the picture) is never filled.
 */
export function fillSlivers(cv: Cv, pixels: Uint8Array, width: number, height: number, maxArea: number): void {
  const paper = new cv.Mat(height, width, cv.CV_8UC1);
  const ids = new cv.Mat();
  const stats = new cv.Mat();
  const centroids = new cv.Mat();
  try {
    paper.data.set(pixels);
    const count = cv.connectedComponentsWithStats(paper, ids, stats, centroids, 4, cv.CV_32S);
    const fill = new Uint8Array(count);
    for (let c = 1; c < count; c++) {
      const x = stats.intAt(c, cv.CC_STAT_LEFT);
      const y = stats.intAt(c, cv.CC_STAT_TOP);
      const edge = x === 0 || y === 0 || x + stats.intAt(c, cv.CC_STAT_WIDTH) === width || y + stats.intAt(c, cv.CC_STAT_HEIGHT) === height;
      fill[c] = !edge && stats.intAt(c, cv.CC_STAT_AREA) < maxArea ? 1 : 0;
    }
    const labels = ids.data32S;
    for (let p = 0; p < pixels.length; p++) if (fill[labels[p]!]) pixels[p] = 0;
  } finally {
    for (const mat of [paper, ids, stats, centroids]) mat.delete();
  }
}

/** Encodes 8-bit grey pixels as a 1-channel PNG. */
export function encodePng(pixels: Uint8Array, width: number, height: number): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels: 1 } }).toColourspace("b-w").png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
}
