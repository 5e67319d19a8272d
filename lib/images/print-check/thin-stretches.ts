import type { LineWidths } from "./line-width";
import { scratchBytes } from "./scratch";
import type { Skeleton } from "./skeleton";

/** A connected stretch of line thinner than the minimum. */
export interface Stretch {
  /** Its skeleton pixels (grid indices). */
  pixels: number[];
  /** Inclusive bounding box in grid coordinates. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Groups the skeleton pixels narrower than `minWidthPx` into connected stretches, longest first. */
export function findThinStretches(skeleton: Skeleton, widths: LineWidths, minWidthPx: number): Stretch[] {
  const { pixels, offsets, stride } = skeleton;
  // 1: thin and not yet grouped; 0 otherwise. Thinning is done with its working array by now.
  const thin = scratchBytes("waiting", skeleton.mask.length);
  const starts: number[] = [];
  for (let i = 0; i < pixels.length; i++) {
    if (!(widths.width[i]! < minWidthPx)) continue;
    thin[pixels[i]!] = 1;
    starts.push(pixels[i]!);
  }
  const stretches: Stretch[] = [];
  for (const start of starts) {
    if (!thin[start]) continue;
    thin[start] = 0;
    const members = [start];
    let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
    for (let i = 0; i < members.length; i++) {
      const p = members[i]!;
      const y = Math.floor(p / stride), x = p - y * stride;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let k = 0; k < 8; k++) {
        const q = p + offsets[k]!;
        if (!thin[q]) continue;
        thin[q] = 0;
        members.push(q);
      }
    }
    stretches.push({ pixels: members, x0, y0, x1, y1 });
  }
  return stretches.sort((a, b) => b.pixels.length - a.pixels.length || a.pixels[0]! - b.pixels[0]!);
}
