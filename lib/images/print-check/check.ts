import { DPI } from "../paper";
import { analysePage, thresholdPixels, type Analysis } from "./analyse";
import { pageBoxOf } from "./grid";
import { findRegions, type Regions } from "./regions";
import type { PageRaster, PixelBox, PrintCheck, PrintCheckOptions, PrintCheckReason } from "./types";
import { px2ToMm2, pxToMm, round2 } from "./units";

/** Locations kept per item: enough to point at every problem a person would fix by hand. */
export const MAX_LOCATIONS = 50;

function share(part: number, whole: number): number {
  return whole > 0 ? Number((part / whole).toPrecision(4)) : 0;
}

function clampBox(box: PixelBox, a: Analysis): PixelBox {
  const left = Math.max(0, box.left), top = Math.max(0, box.top);
  const right = Math.min(a.grid.width, box.left + box.width), bottom = Math.min(a.grid.height, box.top + box.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/** Boxes of the chosen regions, ordered by `order` (a comparator of labels), at most `MAX_LOCATIONS`. */
function regionBoxes(regions: Regions, labels: number[], order: (a: number, b: number) => number): PixelBox[] {
  return [...labels]
    .sort((a, b) => order(a, b) || a - b)
    .slice(0, MAX_LOCATIONS)
    .map((l) => pageBoxOf(regions.x0[l]!, regions.y0[l]!, regions.x1[l]!, regions.y1[l]!));
}

function reason(code: PrintCheckReason["code"], value: number, limit: number, unit: PrintCheckReason["unit"], message: string): PrintCheckReason {
  return { code, value, limit, unit, message };
}

function greyItem(a: Analysis): PrintCheck["items"]["grey"] {
  const { grid } = a;
  const value = share(grid.greyCount, grid.counted);
  if (!grid.grey) return { pass: true, reasons: [], locations: [], share: 0, pixels: 0 };
  const regions = findRegions(grid.grey, grid.stride, grid.rows, 1, 8);
  const labels = [...Array(regions.count).keys()];
  return {
    pass: false,
    reasons: [reason("grey_pixels", value, 0, "share", `${grid.greyCount} pixels are grey or colored (${(value * 100).toPrecision(2)} % of the page); a page must be pure black and white`)],
    locations: regionBoxes(regions, labels, (x, y) => regions.area[y]! - regions.area[x]!),
    share: value,
    pixels: grid.greyCount,
  };
}

function coverageItem(a: Analysis): PrintCheck["items"]["coverage"] {
  const value = share(a.inkPixels, a.grid.counted);
  const { min, max } = a.thresholds.coverage;
  const reasons: PrintCheckReason[] = [];
  if (value < min) reasons.push(reason("too_little_ink", value, min, "share", `ink covers ${(value * 100).toFixed(1)} % of the page, less than ${(min * 100).toFixed(1)} %`));
  if (value > max) reasons.push(reason("too_much_ink", value, max, "share", `ink covers ${(value * 100).toFixed(1)} % of the page, more than ${(max * 100).toFixed(0)} %`));
  return { pass: reasons.length === 0, reasons, locations: [], share: value };
}

function linesItem(a: Analysis): PrintCheck["items"]["lines"] {
  const { medianPx, p5Px } = a.widths;
  const minPx = thresholdPixels(a.thresholds).minLine;
  const pass = p5Px === null || p5Px >= minPx;
  const p5Mm = p5Px === null ? null : round2(pxToMm(p5Px));
  return {
    pass,
    reasons: pass ? [] : [reason("lines_too_thin", p5Mm!, a.thresholds.minLineMm, "mm", `5 % of the lines are thinner than ${p5Mm} mm; the minimum is ${a.thresholds.minLineMm} mm`)],
    locations: pass ? [] : a.thin.slice(0, MAX_LOCATIONS).map((s) => pageBoxOf(s.x0, s.y0, s.x1, s.y1)),
    medianMm: medianPx === null ? null : round2(pxToMm(medianPx)),
    p5Mm,
  };
}

function areasItem(a: Analysis): PrintCheck["items"]["areas"] {
  const { paper, enclosed, thresholds } = a;
  const minPx = thresholdPixels(thresholds).minArea;
  const areas: number[] = [];
  const slivers: number[] = [];
  for (let l = 0; l < paper.count; l++) {
    if (!enclosed[l]) continue;
    areas.push(l);
    if (paper.area[l]! < minPx) slivers.push(l);
  }
  const smallest = areas.reduce<number | null>((least, l) => (least === null || paper.area[l]! < least ? paper.area[l]! : least), null);
  const smallestMm2 = smallest === null ? null : round2(px2ToMm2(smallest));
  const sliverShare = share(slivers.length, areas.length);
  const pass = sliverShare <= thresholds.maxSliverShare;
  return {
    pass,
    reasons: pass
      ? []
      : [reason("areas_too_small", sliverShare, thresholds.maxSliverShare, "share", `${slivers.length} of ${areas.length} areas are smaller than ${thresholds.minAreaMm2} mm² (the smallest ${smallestMm2} mm²); at most ${thresholds.maxSliverShare * 100} % may be`)],
    locations: pass ? [] : regionBoxes(paper, slivers, (x, y) => paper.area[x]! - paper.area[y]!),
    count: areas.length,
    smallestMm2,
    slivers: slivers.length,
  };
}

function leaksItem(a: Analysis): PrintCheck["items"]["leaks"] {
  const { leaks, grid } = a;
  const narrowest = leaks.reduce<number | null>((least, l) => (least === null || l.gapPx < least ? l.gapPx : least), null);
  const box = (from: number, to: number, r: number): PixelBox => {
    const [fy, ty] = [Math.floor(from / grid.stride), Math.floor(to / grid.stride)];
    const [fx, tx] = [from - fy * grid.stride, to - ty * grid.stride];
    const pad = Math.ceil(r);
    return clampBox(pageBoxOf(Math.min(fx, tx) - pad, Math.min(fy, ty) - pad, Math.max(fx, tx) + pad, Math.max(fy, ty) + pad), a);
  };
  return {
    pass: leaks.length === 0,
    reasons: leaks.length === 0 ? [] : [reason("open_outlines", leaks.length, 0, "count", `${leaks.length} outlines stop short of another line (gaps up to ${a.thresholds.maxGapMm} mm), so color would run out`)],
    locations: leaks.slice(0, MAX_LOCATIONS).map((l) => box(l.end, l.target, l.radiusPx)),
    count: leaks.length,
    narrowestMm: narrowest === null ? null : round2(pxToMm(narrowest)),
  };
}

function specksItem(a: Analysis): PrintCheck["items"]["specks"] {
  const specks = [...Array(a.ink.count).keys()].filter((l) => a.specks[l]);
  const holes = [...Array(a.paper.count).keys()].filter((l) => a.holes[l]);
  const reasons: PrintCheckReason[] = [];
  const limit = a.thresholds.maxSpeckMm2;
  if (specks.length) reasons.push(reason("specks", specks.length, 0, "count", `${specks.length} specks of ink smaller than ${limit} mm²`));
  if (holes.length) reasons.push(reason("pinholes", holes.length, 0, "count", `${holes.length} pinholes of paper smaller than ${limit} mm² inside the ink`));
  return {
    pass: reasons.length === 0,
    reasons,
    locations: [
      ...regionBoxes(a.ink, specks, (x, y) => a.ink.area[y]! - a.ink.area[x]!),
      ...regionBoxes(a.paper, holes, (x, y) => a.paper.area[y]! - a.paper.area[x]!),
    ].slice(0, MAX_LOCATIONS),
    count: specks.length,
    holes: holes.length,
  };
}

function solidsItem(a: Analysis): PrintCheck["items"]["solids"] {
  const regions = a.solids.regions;
  if (!regions) return { pass: true, reasons: [], locations: [], count: 0, largestMm2: null };
  const maxPx = thresholdPixels(a.thresholds).maxSolid;
  const all = [...Array(regions.count).keys()];
  const large = all.filter((l) => regions.area[l]! > maxPx);
  const largest = round2(px2ToMm2(all.reduce((most, l) => Math.max(most, regions.area[l]!), 0)));
  return {
    pass: large.length === 0,
    reasons: large.length === 0 ? [] : [reason("solid_black", largest, a.thresholds.maxSolidMm2, "mm2", `${large.length} solid black areas (the largest ${largest} mm²) over ${a.thresholds.maxSolidMm2} mm²`)],
    locations: regionBoxes(regions, large, (x, y) => regions.area[y]! - regions.area[x]!),
    count: large.length,
    largestMm2: largest,
  };
}

/** The check of an analysed page. */
export function checkFromAnalysis(a: Analysis, ageGroup: PrintCheck["ageGroup"]): PrintCheck {
  const items = {
    grey: greyItem(a),
    coverage: coverageItem(a),
    lines: linesItem(a),
    areas: areasItem(a),
    leaks: leaksItem(a),
    specks: specksItem(a),
    solids: solidsItem(a),
  };
  return {
    version: 1,
    ageGroup,
    pass: Object.values(items).every((item) => item.pass),
    page: { width: a.grid.width, height: a.grid.height, dpi: DPI },
    thresholds: { ...a.thresholds, coverage: { ...a.thresholds.coverage } },
    items,
  };
}

/** Checks a page for printing and coloring by `options.ageGroup`. Pure and deterministic. */
export function checkPage(page: PageRaster, options: PrintCheckOptions): PrintCheck {
  return checkFromAnalysis(analysePage(page, options), options.ageGroup);
}
