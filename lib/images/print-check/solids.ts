import { DISTANCE_UNIT } from "./distance";
import { diskSpans } from "./paint";
import { findRegions, type Regions } from "./regions";

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
export function findSolids(ink: Uint8Array, distance: Uint16Array, stride: number, rows: number, widthPx: number): Solids {
  const radius = widthPx / 2;
  const core = radius * DISTANCE_UNIT;
  const mask = new Uint8Array(ink.length);
  const cores: number[] = [];
  for (let p = 0; p < ink.length; p++) {
    if (distance[p]! >= core) {
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
  return { mask, regions: findRegions(mask, stride, rows, 1, 8) };
}
