import { RunCollector, type Runs } from "./regions";
import { scratchBytes } from "./scratch";
import type { PageRaster, PixelBox } from "./types";

/**
 * Paper around the page in the working grid: every neighbourhood read (3×3 for thinning, 5×5 for
 * the distance transform) stays inside the array without bounds checks, and the paper outside the
 * page is one connected border.
 */
export const PAD = 2;

/** Below this luminance a pixel counts as ink (only grey pixels, already a defect, are in between). */
const INK_LUMINANCE = 128;

/** The page as ink and paper, padded with paper on every side. */
export interface InkGrid {
  /** The page's size. */
  width: number;
  height: number;
  /** The padded grid's row length and row count. */
  stride: number;
  rows: number;
  /** 1 for ink, 0 for paper. */
  ink: Uint8Array;
  /** The ink as read, as runs (grid coordinates). */
  runs: Runs;
  /** The reference inset in grid coordinates, or null. */
  reference: { x0: number; y0: number; x1: number; y1: number } | null;
  /** 1 where a pixel is neither pure black nor pure white (outside the reference); null when none is. */
  grey: Uint8Array | null;
  greyCount: number;
  /** Pixels of the page outside the reference inset. */
  counted: number;
}

/** The grid index of page pixel (x, y). */
export function gridIndex(grid: InkGrid, x: number, y: number): number {
  return (y + PAD) * grid.stride + x + PAD;
}

/** The page box (in page pixels) of a grid rectangle given by inclusive grid coordinates. */
export function pageBoxOf(x0: number, y0: number, x1: number, y1: number): PixelBox {
  return { left: x0 - PAD, top: y0 - PAD, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

function clampReference(box: PixelBox | undefined, width: number, height: number): InkGrid["reference"] {
  if (!box) return null;
  const left = Math.max(0, Math.floor(box.left));
  const top = Math.max(0, Math.floor(box.top));
  const right = Math.min(width, Math.ceil(box.left + box.width));
  const bottom = Math.min(height, Math.ceil(box.top + box.height));
  if (right <= left || bottom <= top) return null;
  return { x0: left + PAD, y0: top + PAD, x1: right - 1 + PAD, y1: bottom - 1 + PAD };
}

/** Reads a page into an ink grid; the reference inset counts as paper and is never measured. */
export function readInkGrid(page: PageRaster, referenceBox?: PixelBox): InkGrid {
  const { width, height, channels, data } = page;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new RangeError(`Bad page size ${width}×${height}`);
  if (data.length !== width * height * channels) throw new RangeError(`Expected ${width * height * channels} bytes for a ${width}×${height}×${channels} page, got ${data.length}`);
  const stride = width + 2 * PAD;
  const rows = height + 2 * PAD;
  const ink = scratchBytes("ink", stride * rows);
  const reference = clampReference(referenceBox, width, height);
  let grey: Uint8Array | null = null;
  let greyCount = 0;
  const runs = new RunCollector();
  if (channels === 1 && reference === null) {
    // The common case, a black-and-white sheet: a tight loop without the general case's branches.
    for (let y = 0; y < height; y++) {
      const base = (y + PAD) * stride + PAD;
      const row = y * width;
      let runStart = -1;
      for (let x = 0; x < width; x++) {
        const value = data[row + x]!;
        if (value !== 0 && value !== 255) {
          grey ??= scratchBytes("grey", stride * rows);
          grey[base + x] = 1;
          greyCount++;
        }
        if (value < INK_LUMINANCE) {
          ink[base + x] = 1;
          if (runStart < 0) runStart = x + PAD;
        } else if (runStart >= 0) {
          runs.push(y + PAD, runStart, x + PAD);
          runStart = -1;
        }
      }
      if (runStart >= 0) runs.push(y + PAD, runStart, width + PAD);
    }
    return { width, height, stride, rows, ink, runs: runs.done(), reference, grey, greyCount, counted: width * height };
  }
  for (let y = 0; y < height; y++) {
    const inRefRow = reference !== null && y + PAD >= reference.y0 && y + PAD <= reference.y1;
    let g = (y + PAD) * stride + PAD;
    let i = y * width * channels;
    let runStart = -1;
    for (let x = 0; x < width; x++, g++, i += channels) {
      let isInk = false;
      if (!(inRefRow && x + PAD >= reference.x0 && x + PAD <= reference.x1)) {
        let luminance: number;
        let pure: boolean;
        if (channels === 1) {
          luminance = data[i]!;
          pure = luminance === 0 || luminance === 255;
        } else {
          const r = data[i]!, gr = data[i + 1]!, b = data[i + 2]!;
          luminance = (299 * r + 587 * gr + 114 * b) / 1000;
          pure = r === gr && gr === b && (r === 0 || r === 255) && (channels === 3 || data[i + 3] === 255);
        }
        if (!pure) {
          grey ??= scratchBytes("grey", stride * rows);
          grey[g] = 1;
          greyCount++;
        }
        isInk = luminance < INK_LUMINANCE;
      }
      if (isInk) {
        ink[g] = 1;
        if (runStart < 0) runStart = x + PAD;
      } else if (runStart >= 0) {
        runs.push(y + PAD, runStart, x + PAD);
        runStart = -1;
      }
    }
    if (runStart >= 0) runs.push(y + PAD, runStart, width + PAD);
  }
  const refArea = reference ? (reference.x1 - reference.x0 + 1) * (reference.y1 - reference.y0 + 1) : 0;
  return { width, height, stride, rows, ink, runs: runs.done(), reference, grey, greyCount, counted: width * height - refArea };
}

/** Whether grid index `g` lies inside the reference inset. */
export function inReference(grid: InkGrid, g: number): boolean {
  const r = grid.reference;
  if (!r) return false;
  const y = Math.floor(g / grid.stride);
  const x = g - y * grid.stride;
  return x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;
}
