import { PAD, type InkGrid } from "./grid";
import type { PageRaster } from "./types";

/**
 * The page with its pixels set from the grid: outside the reference inset, every pixel whose ink
 * changed, and every grey or colored one, becomes pure black or pure white; all others keep their
 * bytes. Returns the input page itself when not one byte would change. The input is copied before
 * the first change, unless `inPlace` (a page the caller made and owns).
 */
export function writePage(page: PageRaster, grid: InkGrid, inPlace = false): { page: PageRaster; changedPixels: number } {
  const { width, height, channels, data } = page;
  const r = grid.reference;
  let out: Uint8Array | null = null;
  let changedPixels = 0;
  for (let y = 0; y < height; y++) {
    const gy = y + PAD;
    const inRefRow = r !== null && gy >= r.y0 && gy <= r.y1;
    let g = gy * grid.stride + PAD;
    let i = y * width * channels;
    for (let x = 0; x < width; x++, g++, i += channels) {
      if (inRefRow && x + PAD >= r.x0 && x + PAD <= r.x1) continue;
      const value = grid.ink[g] ? 0 : 255;
      let same = data[i] === value;
      if (channels > 1) same = same && data[i + 1] === value && data[i + 2] === value && (channels === 3 || data[i + 3] === 255);
      if (same) continue;
      out ??= inPlace ? data : new Uint8Array(data);
      out[i] = value;
      if (channels > 1) {
        out[i + 1] = value;
        out[i + 2] = value;
        if (channels === 4) out[i + 3] = 255;
      }
      changedPixels++;
    }
  }
  return { page: out && !inPlace ? { width, height, channels, data: out } : page, changedPixels };
}

/** How many pixels differ between two pages of the same size and layout. */
export function countChangedPixels(a: PageRaster, b: PageRaster): number {
  if (a === b) return 0;
  let changed = 0;
  const step = a.channels;
  for (let i = 0; i < a.data.length; i += step) {
    let same = a.data[i] === b.data[i];
    for (let c = 1; same && c < step; c++) same = a.data[i + c] === b.data[i + c];
    if (!same) changed++;
  }
  return changed;
}
