import { PAD, type InkGrid } from "./grid";

/**
 * Ink drawn into the grid during repair, always inside the page (never on the padding, which must
 * stay paper). Each function returns the pixels it turned from paper to ink.
 */

/** Row half-widths of the pixels within `radius` of a pixel's centre (rows −⌊radius⌋ … ⌊radius⌋). */
export function diskSpans(radius: number): Int32Array {
  const rows = Math.floor(radius);
  const spans = new Int32Array(2 * rows + 1);
  for (let dy = -rows; dy <= rows; dy++) spans[dy + rows] = Math.floor(Math.sqrt(radius * radius - dy * dy));
  return spans;
}

function fillSpan(grid: InkGrid, y: number, x0: number, x1: number): number {
  if (y < PAD || y >= PAD + grid.height) return 0;
  const from = Math.max(PAD, x0);
  const to = Math.min(PAD + grid.width - 1, x1);
  let added = 0;
  for (let p = y * grid.stride + from, end = y * grid.stride + to; p <= end; p++) {
    if (!grid.ink[p]) {
      grid.ink[p] = 1;
      added++;
    }
  }
  return added;
}

/** A disk (from `diskSpans`) centred on grid index `p`. */
export function paintDisk(grid: InkGrid, p: number, spans: Int32Array): number {
  const radius = (spans.length - 1) / 2;
  const y = Math.floor(p / grid.stride);
  const x = p - y * grid.stride;
  let added = 0;
  for (let dy = -radius; dy <= radius; dy++) {
    const half = spans[dy + radius]!;
    added += fillSpan(grid, y + dy, x - half, x + half);
  }
  return added;
}

/** A capsule: every pixel within `radius` of the segment between grid indices `from` and `to`. */
export function paintCapsule(grid: InkGrid, from: number, to: number, radius: number): number {
  const ay = Math.floor(from / grid.stride), ax = from - ay * grid.stride;
  const by = Math.floor(to / grid.stride), bx = to - by * grid.stride;
  const reach = radius;
  const vx = bx - ax, vy = by - ay;
  const length2 = vx * vx + vy * vy;
  let added = 0;
  const r = Math.ceil(reach);
  for (let y = Math.min(ay, by) - r; y <= Math.max(ay, by) + r; y++) {
    if (y < PAD || y >= PAD + grid.height) continue;
    for (let x = Math.max(PAD, Math.min(ax, bx) - r); x <= Math.min(PAD + grid.width - 1, Math.max(ax, bx) + r); x++) {
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / length2));
      const dx = x - (ax + t * vx), dy = y - (ay + t * vy);
      if (dx * dx + dy * dy > reach * reach) continue;
      const p = y * grid.stride + x;
      if (!grid.ink[p]) {
        grid.ink[p] = 1;
        added++;
      }
    }
  }
  return added;
}
