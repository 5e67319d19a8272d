import { DISTANCE_UNIT } from "./distance";
import { diskSpans } from "./paint";
import { labelRuns, RunCollector, type Regions, type Runs } from "./regions";
import { scratchBytes } from "./scratch";

/** Ink wide enough in every direction to be a fill rather than a line. */
export interface Solids {
  /** 1 on solid ink. */
  mask: Uint8Array;
  regions: Regions | null;
}

/**
 * Solid fills: the ink a disk `widthPx` across fits inside, grown back by the disk's radius (a
 * morphological opening). The cores are the ink at least a radius from the paper; growing them
 * back only needs disks on the cores' own border, so a large fill costs its outline, not its area.
 * A line narrower than the disk leaves nothing; a filled shape leaves its whole body.
 */
export function findSolids(ink: Uint8Array, distance: Uint8Array, stride: number, runs: Runs, widthPx: number): Solids {
  const radius = widthPx / 2;
  const core = radius * DISTANCE_UNIT;
  const mask = scratchBytes("solids", ink.length);
  const cores: number[] = [];
  for (let r = 0; r < runs.count; r++) {
    const base = runs.row[r]! * stride;
    for (let p = base + runs.start[r]!, end = base + runs.end[r]!; p < end; p++) {
      if (distance[p]! < core) continue;
      mask[p] = 1;
      cores.push(p);
    }
  }
  if (cores.length === 0) return { mask, regions: null };
  const spans = diskSpans(radius);
  const reach = (spans.length - 1) / 2;
  const border = cores.filter((p) => !(mask[p - 1] && mask[p + 1] && mask[p - stride] && mask[p + stride]));
  for (const p of border) {
    const y = Math.floor(p / stride);
    const x = p - y * stride;
    for (let dy = -reach; dy <= reach; dy++) {
      const half = spans[dy + reach]!;
      const row = (y + dy) * stride;
      // Within a radius of a core everything is ink, by the core's own distance to the paper.
      for (let q = row + x - half, end = row + x + half; q <= end; q++) if (ink[q]) mask[q] = 1;
    }
  }
  // Solid ink is ink: its runs are found within the ink's runs, without scanning the page.
  const solidRuns = new RunCollector();
  for (let r = 0; r < runs.count; r++) {
    const y = runs.row[r]!;
    const base = y * stride;
    for (let x = runs.start[r]!, end = runs.end[r]!; x < end; x++) {
      if (!mask[base + x]) continue;
      const start = x;
      while (x < end && mask[base + x]) x++;
      solidRuns.push(y, start, x);
    }
  }
  return { mask, regions: labelRuns(solidRuns.done(), 8) };
}
