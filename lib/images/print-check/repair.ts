import { analysePage, thresholdPixels, type Analysis } from "./analyse";
import { checkFromAnalysis } from "./check";
import { DISTANCE_UNIT } from "./distance";
import { diskSpans, paintCapsule, paintDisk } from "./paint";
import { fillRegions, findRegions } from "./regions";
import type { AgeGroup } from "../paper";
import type { PageRaster, PrintCheck, PrintCheckOptions, RepairedPage, RepairResult, RepairSummary } from "./types";
import { PRINT_THRESHOLDS } from "./thresholds";
import { countChangedPixels, writePage } from "./write-page";

const NOTHING: RepairSummary = Object.freeze({ greyPixels: 0, specksRemoved: 0, holesFilled: 0, gapsClosed: 0, linesThickened: 0, solidsOpened: 0, changedPixels: 0 });

/**
 * The radius of the disks a thin line is redrawn with so that it then measures at least `minPx`
 * in any direction: the width measure is the distance across less one pixel, and the chamfer
 * distance reads up to 3 % short on diagonals.
 */
function thickenRadius(minPx: number): number {
  return ((minPx + 1) / 2) * 1.03;
}

/**
 * How far past a page's ink the repair may paint for an age group: a thickened line grows by the
 * disk's radius, and a closed gap is drawn no wider than the lines it joins. Art fitted this far
 * inside the margins stays inside them once repaired.
 */
export function repairReachPx(ageGroup: AgeGroup): number {
  return Math.ceil(thickenRadius(thresholdPixels(PRINT_THRESHOLDS[ageGroup]).minLine));
}

/** Solid fills over the size become outlines as wide as the age's lines, with paper inside. */
function openSolids(a: Analysis, ringPx: number): number {
  const regions = a.solids.regions;
  if (!regions) return 0;
  const maxPx = thresholdPixels(a.thresholds).maxSolid;
  const { ink, stride } = a.grid;
  let opened = 0;
  const large = new Uint8Array(regions.count);
  for (let l = 0; l < regions.count; l++) {
    if (regions.area[l]! <= maxPx) continue;
    large[l] = 1;
    opened++;
  }
  const { runs } = regions;
  for (let r = 0; r < runs.count; r++) {
    if (!large[regions.runLabel[r]!]) continue;
    const base = runs.row[r]! * stride;
    for (let p = base + runs.start[r]!, end = base + runs.end[r]!; p < end; p++) {
      if (a.distance[p]! > ringPx * DISTANCE_UNIT) ink[p] = 0;
    }
  }
  return opened;
}

/** Enclosed paper smaller than a speck becomes ink: a pinhole is not an area anyone can color. */
function fillPinholes(a: Analysis): number {
  const { ink, stride, rows } = a.grid;
  const paper = findRegions(ink, stride, rows, 0, 4);
  const maxPx = thresholdPixels(a.thresholds).maxSpeck;
  const holes = new Uint8Array(paper.count);
  let count = 0;
  for (let l = 0; l < paper.count; l++) {
    if (paper.x0[l] === 0 || paper.area[l]! >= maxPx) continue;
    holes[l] = 1;
    count++;
  }
  // The reference inset is paper in the grid but never an area: leave anything touching it.
  if (count && a.grid.reference) {
    const box = a.grid.reference;
    const { row, start, end } = paper.runs;
    for (let i = 0; i < paper.runs.count; i++) {
      const y = row[i]!;
      if (y >= box.y0 && y <= box.y1 && start[i]! <= box.x1 && end[i]! > box.x0 && holes[paper.runLabel[i]!]) {
        holes[paper.runLabel[i]!] = 0;
        count--;
      }
    }
  }
  if (count) fillRegions(ink, stride, paper, holes, 1);
  return count;
}

/** Repairs what `check` (the check of the analysed page) found failing, in the analysis's grid. */
function applyRepairs(a: Analysis, check: PrintCheck): Omit<RepairSummary, "changedPixels" | "greyPixels"> {
  const px = thresholdPixels(a.thresholds);
  const radius = thickenRadius(px.minLine);
  const { items } = check;
  const summary = { specksRemoved: a.speckCount, holesFilled: 0, gapsClosed: 0, linesThickened: 0, solidsOpened: 0 };
  if (!items.solids.pass) summary.solidsOpened = openSolids(a, Math.ceil(2 * radius));
  let painted = false;
  if (!items.leaks.pass) {
    for (const leak of a.leaks) paintCapsule(a.grid, leak.end, leak.target, Math.max(leak.radiusPx - 0.5, radius));
    summary.gapsClosed = a.leaks.length;
    painted = a.leaks.length > 0;
  }
  if (!items.lines.pass) {
    const spans = diskSpans(radius);
    for (const stretch of a.thin) for (const p of stretch.pixels) paintDisk(a.grid, p, spans);
    summary.linesThickened = a.thin.length;
    painted ||= a.thin.length > 0;
  }
  if (painted || !items.specks.pass) summary.holesFilled = fillPinholes(a);
  return summary;
}

function repairAnalysed(page: PageRaster, a: Analysis, check: PrintCheck, inPlace = false): RepairResult {
  if (check.pass) return { page, repairs: NOTHING };
  const summary = applyRepairs(a, check);
  const written = writePage(page, a.grid, inPlace);
  return { page: written.page, repairs: { ...summary, greyPixels: a.grid.greyCount, changedPixels: written.changedPixels } };
}

/**
 * Repairs a page for `options.ageGroup`: specks removed and pinholes filled, solid fills opened
 * into outlines, gaps in outlines closed, thin lines thickened to the age's minimum, grey made
 * black or white. Only failing items are repaired; a page that passes comes back as it is (the
 * same object). Pure and deterministic: the input is never modified.
 */
export function repairPage(page: PageRaster, options: PrintCheckOptions): RepairResult {
  const a = analysePage(page, options);
  return repairAnalysed(page, a, checkFromAnalysis(a, options.ageGroup));
}

/** Items the repair can fix; a page still failing one of them after a round gets another round. */
const REPAIRABLE = ["grey", "lines", "leaks", "specks", "solids"] as const;
/** Thickening can bring a line end near another line or pinch a pinhole: a second round closes those. */
const MAX_ROUNDS = 2;

function sum(a: RepairSummary, b: RepairSummary): RepairSummary {
  const out = { ...a };
  for (const key of Object.keys(out) as (keyof RepairSummary)[]) out[key] += b[key];
  return out;
}

/**
 * Repairs a page, then checks it again: the page to store and its check. When the repaired page
 * still fails something the repair can fix, it is repaired once more (at most `MAX_ROUNDS`).
 */
export function repairAndCheckPage(page: PageRaster, options: PrintCheckOptions): RepairedPage {
  let a = analysePage(page, options);
  let check = checkFromAnalysis(a, options.ageGroup);
  let current = page;
  let repairs = NOTHING;
  for (let round = 0; round < MAX_ROUNDS && REPAIRABLE.some((id) => !check.items[id].pass); round++) {
    // The first round copies the page; later rounds work on that copy.
    const repaired = repairAnalysed(current, a, check, current !== page);
    // Nothing changed: the last check is the check of the page as it is.
    if (repaired.repairs.changedPixels === 0) break;
    repairs = sum(repairs, repaired.repairs);
    current = repaired.page;
    a = analysePage(current, options);
    check = checkFromAnalysis(a, options.ageGroup);
  }
  return { page: current, repairs: { ...repairs, changedPixels: countChangedPixels(page, current) }, check };
}
