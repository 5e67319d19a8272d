/**
 * Connected regions of a binary grid, labelled run by run: line art has a few dozen runs per row,
 * so union–find over runs is far cheaper than over pixels, and no per-pixel label array is needed.
 * Ink is 8-connected and paper 4-connected, the pairing under which an outline that touches
 * diagonally still closes its area.
 */

/** Horizontal runs of pixels, in raster order. */
export interface Runs {
  count: number;
  /** Per run: its row, first column and end column (exclusive). */
  row: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

export interface Regions {
  /** Number of regions; labels are 0 … count − 1. */
  count: number;
  runs: Runs;
  /** The region of each run. */
  runLabel: Int32Array;
  /** Per region: pixel count and inclusive bounding box (grid coordinates). */
  area: Int32Array;
  x0: Int32Array;
  y0: Int32Array;
  x1: Int32Array;
  y1: Int32Array;
}

/** Collects runs from (row, start, end) triples pushed in raster order. */
export class RunCollector {
  private row: number[] = [];
  private start: number[] = [];
  private end: number[] = [];

  push(row: number, start: number, end: number): void {
    this.row.push(row);
    this.start.push(start);
    this.end.push(end);
  }

  done(): Runs {
    return { count: this.row.length, row: Int32Array.from(this.row), start: Int32Array.from(this.start), end: Int32Array.from(this.end) };
  }
}

/** The runs of pixels equal to `value` in `mask` (a full scan: prefer deriving runs when they are known). */
export function runsOf(mask: Uint8Array, stride: number, rows: number, value: 0 | 1): Runs {
  const runs = new RunCollector();
  for (let y = 0; y < rows; y++) {
    const base = y * stride;
    for (let x = 0; x < stride; x++) {
      if (mask[base + x] !== value) continue;
      const start = x;
      while (x < stride && mask[base + x] === value) x++;
      runs.push(y, start, x);
    }
  }
  return runs.done();
}

/** The runs of everything else in a `stride` × `rows` grid: the paper around ink runs, without reading a pixel. */
export function complementRuns(runs: Runs, stride: number, rows: number): Runs {
  const out = new RunCollector();
  let r = 0;
  for (let y = 0; y < rows; y++) {
    let x = 0;
    for (; r < runs.count && runs.row[r] === y; r++) {
      if (runs.start[r]! > x) out.push(y, x, runs.start[r]!);
      x = runs.end[r]!;
    }
    if (x < stride) out.push(y, x, stride);
  }
  return out.done();
}

/** The runs whose region is not marked in `dropped`. */
export function keepRuns(regions: Regions, dropped: Uint8Array): Runs {
  const { runs, runLabel } = regions;
  const out = new RunCollector();
  for (let r = 0; r < runs.count; r++) if (!dropped[runLabel[r]!]) out.push(runs.row[r]!, runs.start[r]!, runs.end[r]!);
  return out.done();
}

/** Labels the regions formed by `runs`. */
export function labelRuns(runs: Runs, connectivity: 4 | 8): Regions {
  const { count: total, row, start, end } = runs;
  const parent = new Int32Array(total);
  for (let i = 0; i < total; i++) parent[i] = i;
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  // 8-connected runs touch when they overlap once widened by one pixel.
  const reach = connectivity === 8 ? 0 : 1;
  let previous = 0;
  let rowFirst = 0;
  for (let r = 0; r <= total; r++) {
    if (r < total && row[r] === row[rowFirst]) continue;
    // Runs rowFirst … r − 1 form one row; merge them with the row before when it is adjacent.
    if (rowFirst > 0 && row[previous] === row[rowFirst]! - 1) {
      let i = previous;
      let j = rowFirst;
      while (i < rowFirst && j < r) {
        if (start[i]! + reach <= end[j]! && end[i]! >= start[j]! + reach) {
          const a = find(i);
          const b = find(j);
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
        if (end[i]! <= end[j]!) i++;
        else j++;
      }
    }
    previous = rowFirst;
    rowFirst = r;
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
  const x0 = new Int32Array(count).fill(2 ** 30);
  const y0 = new Int32Array(count).fill(2 ** 30);
  const x1 = new Int32Array(count).fill(-1);
  const y1 = new Int32Array(count).fill(-1);
  for (let r = 0; r < total; r++) {
    const l = runLabel[r]!;
    area[l]! += end[r]! - start[r]!;
    if (start[r]! < x0[l]!) x0[l] = start[r]!;
    if (end[r]! - 1 > x1[l]!) x1[l] = end[r]! - 1;
    if (row[r]! < y0[l]!) y0[l] = row[r]!;
    if (row[r]! > y1[l]!) y1[l] = row[r]!;
  }
  return { count, runs, runLabel, area, x0, y0, x1, y1 };
}

/** Labels the regions of pixels equal to `value` (0 or 1) in `mask`. */
export function findRegions(mask: Uint8Array, stride: number, rows: number, value: 0 | 1, connectivity: 4 | 8): Regions {
  return labelRuns(runsOf(mask, stride, rows, value), connectivity);
}

/** Sets every pixel of the regions marked in `selected` to `value`. Returns how many pixels changed. */
export function fillRegions(mask: Uint8Array, stride: number, regions: Regions, selected: Uint8Array, value: 0 | 1): number {
  const { runs, runLabel } = regions;
  let changed = 0;
  for (let r = 0; r < runs.count; r++) {
    if (!selected[runLabel[r]!]) continue;
    const base = runs.row[r]! * stride;
    for (let p = base + runs.start[r]!, end = base + runs.end[r]!; p < end; p++) {
      if (mask[p] !== value) changed++;
      mask[p] = value;
    }
  }
  return changed;
}
