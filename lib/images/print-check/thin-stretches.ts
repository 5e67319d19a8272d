import type { LineWidths } from "./line-width";
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
  const thin = new Set<number>();
  skeleton.pixels.forEach((p, i) => {
    if (widths.width[i]! < minWidthPx) thin.add(p);
  });
  const rowLength = skeleton.stride;
  const stretches: Stretch[] = [];
  const seen = new Set<number>();
  for (const start of thin) {
    if (seen.has(start)) continue;
    seen.add(start);
    const pixels: number[] = [];
    const stack = [start];
    let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
    while (stack.length) {
      const p = stack.pop()!;
      pixels.push(p);
      const y = Math.floor(p / rowLength), x = p - y * rowLength;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      for (const offset of skeleton.offsets) {
        const q = p + offset;
        if (thin.has(q) && !seen.has(q)) {
          seen.add(q);
          stack.push(q);
        }
      }
    }
    stretches.push({ pixels, x0, y0, x1, y1 });
  }
  return stretches.sort((a, b) => b.pixels.length - a.pixels.length || a.pixels[0]! - b.pixels[0]!);
}
