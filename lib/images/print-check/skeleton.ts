import { DISTANCE_UNIT } from "./distance";
import { codeAt, neighbourOffsets, ON_COUNT } from "./neighbours";
import type { Runs } from "./regions";
import { thin } from "./thinning";

/** The centre lines of the ink, with the spurs thinning leaves in corners removed. */
export interface Skeleton {
  /** 1 on the skeleton. */
  mask: Uint8Array;
  /** Grid indices of the skeleton's pixels, in raster order. */
  pixels: Int32Array;
  /** Pixels with exactly one neighbour: where lines stop. */
  ends: Int32Array;
  offsets: Int32Array;
  stride: number;
}

/** The number of skeleton neighbours of `p`. */
export function degree(skeleton: Skeleton, p: number): number {
  return ON_COUNT[codeAt(skeleton.mask, p, skeleton.stride)]!;
}

/**
 * Follows the skeleton from `start` (a line end) for at most `maxSteps` steps, calling `visit` on
 * each pixel; stops before a branch point or when `visit` returns false. Returns the pixels walked.
 */
export function walkFrom(skeleton: Skeleton, start: number, maxSteps: number, visit?: (p: number, step: number) => boolean): number[] {
  const path = [start];
  let previous = -1;
  let current = start;
  for (let step = 1; step <= maxSteps; step++) {
    let next = -1;
    for (let k = 0; k < 8; k++) {
      const q = current + skeleton.offsets[k]!;
      if (skeleton.mask[q] && q !== previous && !path.includes(q)) {
        next = q;
        break;
      }
    }
    if (next < 0 || degree(skeleton, next) > 2) break;
    if (visit && !visit(next, step)) break;
    path.push(next);
    previous = current;
    current = next;
  }
  return path;
}

/**
 * A branch from a line end that reaches a branch point within about the line's width is a spur
 * (thinning runs into the corners of a square line end or a sharp join), not a line of its own.
 */
function pruneSpurs(skeleton: Skeleton, distance: Uint8Array, ends: number[]): void {
  const { mask, offsets } = skeleton;
  const doomed: number[] = [];
  for (const end of ends) {
    const path = [end];
    let previous = -1;
    let current = end;
    for (let step = 1; ; step++) {
      let next = -1;
      for (let k = 0; k < 8; k++) {
        const q = current + offsets[k]!;
        if (mask[q] && q !== previous && !path.includes(q)) {
          next = q;
          break;
        }
      }
      if (next < 0) break;
      if (degree(skeleton, next) > 2) {
        if (step <= (2 * distance[next]!) / DISTANCE_UNIT + 2) doomed.push(...path);
        break;
      }
      if (step > (2 * distance[next]!) / DISTANCE_UNIT + 2) break;
      path.push(next);
      previous = current;
      current = next;
    }
  }
  for (const p of doomed) mask[p] = 0;
}

/** Thins the ink (`runs`, whose chamfer distance is `distance`) and prunes the spurs. */
export function skeletonOf(ink: Uint8Array, stride: number, runs: Runs, distance: Uint8Array): Skeleton {
  const mask = thin(ink, stride, runs);
  const offsets = neighbourOffsets(stride);
  // The skeleton lies within the ink: its runs are the only places to look.
  const collect = (): number[] => {
    const pixels: number[] = [];
    for (let r = 0; r < runs.count; r++) {
      const base = runs.row[r]! * stride;
      for (let p = base + runs.start[r]!, end = base + runs.end[r]!; p < end; p++) if (mask[p]) pixels.push(p);
    }
    return pixels;
  };
  // Pruning only removes pixels, so the pixels left are the first collection, filtered.
  const onCount = ON_COUNT;
  const endsAmong = (pixels: number[]): number[] => pixels.filter((p) => onCount[codeAt(mask, p, stride)] === 1);
  const skeleton: Skeleton = { mask, pixels: new Int32Array(0), ends: new Int32Array(0), offsets, stride };
  const thinned = collect();
  pruneSpurs(skeleton, distance, endsAmong(thinned));
  const pixels = thinned.filter((p) => mask[p]);
  return { ...skeleton, pixels: Int32Array.from(pixels), ends: Int32Array.from(endsAmong(pixels)) };
}
