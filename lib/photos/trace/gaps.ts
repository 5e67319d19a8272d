/**
 * Closing the small gaps that detail lines leave. A detail line (a fold, an eyebrow) that stops a
 * little short of another line leaves a gap color runs through, which the print check reports as
 * an open outline; a person drawing would have joined them. Wider gaps are drawn on purpose and
 * stay open.
 */
import { MatScope, type Cv } from "./opencv";

/**
 * Joins each end of a 1-px detail line (a pixel with a single neighbour) to the nearest pixel of
 * another line within `radius` px, with a straight segment drawn into `details`. "Another line"
 * is an outline pixel of `outlines` or a detail pixel of a different piece; the nearest wins, ties
 * going to the first in reading order, so the result is deterministic.
 */
export function closeDetailGaps(cv: Cv, details: Uint8Array, outlines: Uint8Array, width: number, height: number, radius: number): void {
  const scope = new MatScope(cv);
  let pieces: Int32Array;
  try {
    const ids = scope.mat();
    cv.connectedComponents(scope.fromBytes(height, width, cv.CV_8UC1, details), ids, 8, cv.CV_32S);
    pieces = new Int32Array(ids.data32S);
  } finally {
    scope.dispose();
  }
  const r = Math.max(1, Math.floor(radius));
  const joins: Array<[number, number, number, number]> = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      if (!details[p] || neighbours(details, width, height, x, y) !== 1) continue;
      let best = -1;
      let bestD = Infinity;
      for (let dy = -r; dy <= r; dy++) {
        for (let dx = -r; dx <= r; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          const d = dx * dx + dy * dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height || d > r * r || d >= bestD) continue;
          const q = ny * width + nx;
          const other = outlines[q] === 1 || (details[q] === 1 && pieces[q] !== pieces[p]);
          if (!other) continue;
          best = q;
          bestD = d;
        }
      }
      // Touching already (or nothing near): nothing to join.
      if (best >= 0 && bestD > 2) joins.push([x, y, best % width, Math.floor(best / width)]);
    }
  }
  for (const [x0, y0, x1, y1] of joins) drawSegment(details, width, x0, y0, x1, y1);
}

function neighbours(map: Uint8Array, width: number, height: number, x: number, y: number): number {
  let n = 0;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      if ((dx || dy) && x + dx >= 0 && y + dy >= 0 && x + dx < width && y + dy < height && map[(y + dy) * width + x + dx]) n++;
    }
  }
  return n;
}

/** Sets the pixels of a straight segment (8-connected, inclusive). */
function drawSegment(map: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number): void {
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  for (let i = 0; i <= steps; i++) {
    const t = steps === 0 ? 0 : i / steps;
    map[Math.round(y0 + (y1 - y0) * t) * width + Math.round(x0 + (x1 - x0) * t)] = 1;
  }
}
