import { inkDistance } from "./distance";
import { readInkGrid, type InkGrid } from "./grid";
import { findLeaks, type Leak } from "./leaks";
import { measureLineWidths, type LineWidths } from "./line-width";
import { complementRuns, fillRegions, keepRuns, labelRuns, type Regions } from "./regions";
import { skeletonOf, type Skeleton } from "./skeleton";
import { findSolids, type Solids } from "./solids";
import { findThinStretches, type Stretch } from "./thin-stretches";
import { PRINT_THRESHOLDS } from "./thresholds";
import type { PageRaster, PrintCheckOptions, PrintThresholds } from "./types";
import { mm2ToPx2, mmToPx } from "./units";

/** Everything measured on one page, shared by the check and the repair. */
export interface Analysis {
  grid: InkGrid;
  thresholds: PrintThresholds;
  /** Ink pixels as read, specks included. */
  inkPixels: number;
  /** Ink pieces of the page as read, and which of them are specks. */
  ink: Regions;
  specks: Uint8Array;
  speckCount: number;
  /** Paper regions after the specks are gone, which of them are enclosed areas, and which are pinholes. */
  paper: Regions;
  enclosed: Uint8Array;
  holes: Uint8Array;
  holeCount: number;
  distance: Uint8Array;
  solids: Solids;
  skeleton: Skeleton;
  widths: LineWidths;
  thin: Stretch[];
  leaks: Leak[];
}

/** Thresholds in pixels at 300 DPI. */
export function thresholdPixels(t: PrintThresholds) {
  return {
    minLine: mmToPx(t.minLineMm),
    minArea: mm2ToPx2(t.minAreaMm2),
    maxGap: mmToPx(t.maxGapMm),
    maxSpeck: mm2ToPx2(t.maxSpeckMm2),
    solidWidth: mmToPx(t.solidWidthMm),
    maxSolid: mm2ToPx2(t.maxSolidMm2),
  };
}

function enclosedAreas(grid: InkGrid, paper: Regions): Uint8Array {
  const enclosed = new Uint8Array(paper.count).fill(1);
  // The padding's region is the paper around the drawing; the reference inset counts as outside too.
  const r = grid.reference;
  for (let l = 0; l < paper.count; l++) {
    if (paper.x0[l] === 0 || paper.y0[l] === 0) enclosed[l] = 0;
  }
  if (r) {
    const { row, start, end } = paper.runs;
    for (let i = 0; i < paper.runs.count; i++) {
      if (row[i]! >= r.y0 && row[i]! <= r.y1 && start[i]! <= r.x1 && end[i]! > r.x0) enclosed[paper.runLabel[i]!] = 0;
    }
  }
  return enclosed;
}

/**
 * Measures a page for `options.ageGroup`. The page is not modified; the page-sized arrays of the
 * result are working memory (see `scratch.ts`), valid until the next analysis starts.
 */
export function analysePage(page: PageRaster, options: PrintCheckOptions): Analysis {
  const thresholds = PRINT_THRESHOLDS[options.ageGroup];
  const px = thresholdPixels(thresholds);
  const grid = readInkGrid(page, options.referenceBox);
  const { ink: mask, stride, rows } = grid;
  const ink = labelRuns(grid.runs, 8);
  const specks = new Uint8Array(ink.count);
  let inkPixels = 0;
  let speckCount = 0;
  for (let l = 0; l < ink.count; l++) {
    inkPixels += ink.area[l]!;
    if (ink.area[l]! < px.maxSpeck) {
      specks[l] = 1;
      speckCount++;
    }
  }
  // Everything after this looks at the page as it will be once the specks are gone.
  if (speckCount) fillRegions(mask, stride, ink, specks, 0);
  const lines = speckCount ? keepRuns(ink, specks) : grid.runs;
  const paper = labelRuns(complementRuns(lines, stride, rows), 4);
  const enclosed = enclosedAreas(grid, paper);
  const holes = new Uint8Array(paper.count);
  let holeCount = 0;
  for (let l = 0; l < paper.count; l++) {
    if (enclosed[l] && paper.area[l]! < px.maxSpeck) {
      holes[l] = 1;
      enclosed[l] = 0;
      holeCount++;
    }
  }
  const distance = inkDistance(mask, stride, lines);
  const solids = findSolids(mask, distance, stride, lines, px.solidWidth);
  const skeleton = skeletonOf(mask, stride, lines, distance);
  const widths = measureLineWidths(skeleton, distance, solids.mask);
  return {
    grid,
    thresholds,
    inkPixels,
    ink,
    specks,
    speckCount,
    paper,
    enclosed,
    holes,
    holeCount,
    distance,
    solids,
    skeleton,
    widths,
    thin: findThinStretches(skeleton, widths, px.minLine),
    leaks: findLeaks(mask, stride, rows, distance, skeleton, solids.mask, px.maxGap),
  };
}
