/**
 * Connected regions of a binary grid, labelled run by run: line art has a few dozen runs per row,
 * so union–find over runs is far cheaper than over pixels, and no per-pixel label array is needed.
 * Ink is 8-connected and paper 4-connected, the pairing under which an outline that touches
 * diagonally still closes its area.
 */
export interface Regions {
  /** Number of regions; labels are 0 … count − 1. */
  count: number;
  /** Per run: its row, first column, end column (exclusive) and region. */
  runRow: Int32Array;
  runStart: Int32Array;
  runEnd: Int32Array;
  runLabel: Int32Array;
  /** Per region: pixel count and inclusive bounding box (grid coordinates). */
  area: Int32Array;
  x0: Int32Array;
  y0: Int32Array;
  x1: Int32Array;
  y1: Int32Array;
}

function countRuns(mask: Uint8Array, stride: number, rows: number, value: number): number {
  let count = 0;
  for (let y = 0; y < rows; y++) {
    let inside = false;
    for (let p = y * stride, end = p + stride; p < end; p++) {
      const on = mask[p] === value;
      if (on && !inside) count++;
      inside = on;
    }
  }
  return count;
}

/** Labels the regions of pixels equal to `value` (0 or 1) in `mask`. */
export function findRegions(mask: Uint8Array, stride: number, rows: number, value: 0 | 1, connectivity: 4 | 8): Regions {
  const total = countRuns(mask, stride, rows, value);
  const runRow = new Int32Array(total);
  const runStart = new Int32Array(total);
  const runEnd = new Int32Array(total);
  const parent = new Int32Array(total);
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  // 8-connected runs touch when they overlap once widened by one pixel.
  const reach = connectivity === 8 ? 0 : 1;
  let n = 0;
  let previous = 0;
  for (let y = 0; y < rows; y++) {
    const rowFirst = n;
    const base = y * stride;
    for (let x = 0; x < stride; x++) {
      if (mask[base + x] !== value) continue;
      const start = x;
      while (x < stride && mask[base + x] === value) x++;
      runRow[n] = y;
      runStart[n] = start;
      runEnd[n] = x;
      parent[n] = n;
      n++;
    }
    let i = previous;
    let j = rowFirst;
    while (i < rowFirst && j < n) {
      if (runStart[i]! + reach <= runEnd[j]! && runEnd[i]! >= runStart[j]! + reach) {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
      if (runEnd[i]! <= runEnd[j]!) i++;
      else j++;
    }
    previous = rowFirst;
  }
  const runLabel = new Int32Array(total);
  const labelOfRoot = new Int32Array(total).fill(-1);
  let count = 0;
  for (let r = 0; r < total; r++) {
    const root = find(r);
    if (labelOfRoot[root] === -1) labelOfRoot[root] = count++;
    runLabel[r] = labelOfRoot[root]!;
  }
  const area = new Int32Array(count);
  const x0 = new Int32Array(count).fill(stride);
  const y0 = new Int32Array(count).fill(rows);
  const x1 = new Int32Array(count).fill(-1);
  const y1 = new Int32Array(count).fill(-1);
  for (let r = 0; r < total; r++) {
    const l = runLabel[r]!;
    area[l]! += runEnd[r]! - runStart[r]!;
    if (runStart[r]! < x0[l]!) x0[l] = runStart[r]!;
    if (runEnd[r]! - 1 > x1[l]!) x1[l] = runEnd[r]! - 1;
    if (runRow[r]! < y0[l]!) y0[l] = runRow[r]!;
    if (runRow[r]! > y1[l]!) y1[l] = runRow[r]!;
  }
  return { count, runRow, runStart, runEnd, runLabel, area, x0, y0, x1, y1 };
}

/** Sets every pixel of the regions marked in `selected` to `value`. Returns how many pixels changed. */
export function fillRegions(mask: Uint8Array, stride: number, regions: Regions, selected: Uint8Array, value: 0 | 1): number {
  let changed = 0;
  for (let r = 0; r < regions.runLabel.length; r++) {
    if (!selected[regions.runLabel[r]!]) continue;
    const base = regions.runRow[r]! * stride;
    for (let p = base + regions.runStart[r]!, end = base + regions.runEnd[r]!; p < end; p++) {
      if (mask[p] !== value) changed++;
      mask[p] = value;
    }
  }
  return changed;
}
