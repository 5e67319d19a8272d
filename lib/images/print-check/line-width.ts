import { DISTANCE_UNIT } from "./distance";
import type { Skeleton } from "./skeleton";
import { walkFrom } from "./skeleton";

/** Line widths along the skeleton, solid fills left out. */
export interface LineWidths {
  /** Width in pixels at each skeleton pixel (parallel to `skeleton.pixels`); NaN inside solid fills. */
  width: Float32Array;
  medianPx: number | null;
  p5Px: number | null;
}

/**
 * The width of the line through skeleton pixel `p`, from the largest distance to the paper at or
 * beside it (thinning may leave the skeleton a pixel off the ridge). That distance runs from the
 * ridge pixel's centre to the centre of the first paper pixel: half the width plus half a pixel
 * on a line along the grid, plus 0 to 0.7 pixel at other angles; twice it less half a pixel is
 * the width within ±0.5 pixel (0.04 mm) whatever the line's direction and parity.
 */
function widthAt(skeleton: Skeleton, distance: Uint8Array, p: number): number {
  let most = distance[p]!;
  for (let k = 0; k < 8; k++) {
    const dq = distance[p + skeleton.offsets[k]!]!;
    if (dq > most) most = dq;
  }
  return (2 * most) / DISTANCE_UNIT - 0.5;
}

/** The position of grid index `p` in the skeleton's pixels (which are in raster order). */
export function skeletonIndex(pixels: Int32Array, p: number): number {
  let low = 0, high = pixels.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = pixels[mid]!;
    if (value === p) return mid;
    if (value < p) low = mid + 1;
    else high = mid - 1;
  }
  throw new RangeError(`${p} is not on the skeleton`);
}

function percentile(sorted: Float32Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Widths along every line. A line end narrows to nothing on the skeleton (a rounded cap, a sharp
 * point of a star): from each end, as long as the width keeps growing within a line's width or
 * so, the pixels take the width the line reaches, so ends are not counted as thin lines.
 */
export function measureLineWidths(skeleton: Skeleton, distance: Uint8Array, solid: Uint8Array): LineWidths {
  const { pixels } = skeleton;
  const width = new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) {
    const p = pixels[i]!;
    width[i] = solid[p] ? Number.NaN : widthAt(skeleton, distance, p);
  }
  const indexOf = (p: number): number => skeletonIndex(pixels, p);
  for (const end of skeleton.ends) {
    if (solid[end]) continue;
    let last = end;
    const path = walkFrom(skeleton, end, Number.MAX_SAFE_INTEGER, (p, step) => {
      if (solid[p] || distance[p]! < distance[last]! || step > (2 * distance[p]!) / DISTANCE_UNIT + 2) return false;
      last = p;
      return true;
    });
    const reached = width[indexOf(last)]!;
    for (const p of path) {
      const i = indexOf(p);
      if (width[i]! < reached) width[i] = reached;
    }
  }
  const lines = width.filter((w) => !Number.isNaN(w)).sort();
  return {
    width,
    medianPx: lines.length ? percentile(lines, 0.5) : null,
    p5Px: lines.length ? percentile(lines, 0.05) : null,
  };
}
