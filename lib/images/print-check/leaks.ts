import { DISTANCE_UNIT } from "./distance";
import { walkFrom, type Skeleton } from "./skeleton";

/** A line end that stops short of another line: color would run out through the gap. */
export interface Leak {
  /** The skeleton end (grid index) and the nearest ink ahead of it across the gap. */
  end: number;
  target: number;
  /** The gap between the line's tip and the other ink, in pixels. */
  gapPx: number;
  /** Half the line's width at its end, in pixels. */
  radiusPx: number;
}

/** Ink ahead of a line end counts within this half-angle of the line's direction (cos 60°). */
const CONE_COS = 0.5;

/**
 * Finds line ends with other ink ahead of them, at most `maxGapPx` beyond their tip. Ink joined to
 * the end without leaving the searched square (its own cap, a bend of the same line) is not
 * "other": a C whose ends nearly meet is found because the way round it leaves the square. Ink
 * beside the line (hatching, parallel lines) is not ahead of it.
 */
export function findLeaks(ink: Uint8Array, stride: number, rows: number, distance: Uint8Array, skeleton: Skeleton, solid: Uint8Array, maxGapPx: number): Leak[] {
  const leaks: Leak[] = [];
  const maxRadius = Math.ceil(maxGapPx) + 64;
  const side = 2 * maxRadius + 1;
  const reached = new Uint8Array(side * side);
  const queue = new Int32Array(side * side);
  for (const end of skeleton.ends) {
    if (solid[end]) continue;
    const radiusPx = distance[end]! / DISTANCE_UNIT;
    const ey = Math.floor(end / stride);
    const ex = end - ey * stride;
    const path = walkFrom(skeleton, end, Math.max(4, Math.round(2 * radiusPx) + 2));
    const back = path[path.length - 1]!;
    const by = Math.floor(back / stride);
    let dx = ex - (back - by * stride);
    let dy = ey - by;
    const length = Math.hypot(dx, dy);
    if (length === 0) continue;
    dx /= length;
    dy /= length;
    const reach = Math.min(maxRadius, Math.ceil(maxGapPx + radiusPx + 1));
    const x0 = Math.max(0, ex - reach), x1 = Math.min(stride - 1, ex + reach);
    const y0 = Math.max(0, ey - reach), y1 = Math.min(rows - 1, ey + reach);
    const w = x1 - x0 + 1;
    reached.fill(0, 0, w * (y1 - y0 + 1));
    const local = (p: number): number => (Math.floor(p / stride) - y0) * w + (p % stride) - x0;
    // Breadth-first along the ink from the end, within the window.
    let head = 0, tail = 0;
    reached[local(end)] = 1;
    queue[tail++] = end;
    while (head < tail) {
      const p = queue[head++]!;
      for (let k = 0; k < 8; k++) {
        const q = p + skeleton.offsets[k]!;
        const qy = Math.floor(q / stride), qx = q - qy * stride;
        if (!ink[q] || qx < x0 || qx > x1 || qy < y0 || qy > y1 || reached[local(q)]) continue;
        reached[local(q)] = 1;
        queue[tail++] = q;
      }
    }
    let best = -1;
    let bestGap = Number.POSITIVE_INFINITY;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0, q = y * stride + x0; x <= x1; x++, q++) {
        if (!ink[q] || reached[(y - y0) * w + x - x0]) continue;
        const vx = x - ex, vy = y - ey;
        const far = Math.hypot(vx, vy);
        if (vx * dx + vy * dy < CONE_COS * far) continue;
        const gap = far - radiusPx;
        if (gap <= maxGapPx && gap < bestGap) {
          bestGap = gap;
          best = q;
        }
      }
    }
    if (best >= 0) leaks.push({ end, target: best, gapPx: Math.max(0, bestGap), radiusPx });
  }
  return dropMirrored(leaks, stride);
}

/** Two line ends facing each other across one gap find each other: that is one leak, not two. */
function dropMirrored(leaks: Leak[], stride: number): Leak[] {
  const near = (a: number, b: number, within: number): boolean =>
    Math.hypot((a % stride) - (b % stride), Math.floor(a / stride) - Math.floor(b / stride)) <= within;
  return leaks.filter((leak, i) =>
    !leaks.some((other, j) => j < i && near(other.end, leak.target, 2 * other.radiusPx + 2) && near(leak.end, other.target, 2 * leak.radiusPx + 2)),
  );
}
