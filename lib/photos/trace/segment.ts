/**
 * From the smoothed photo to colourable regions: colour quantisation in CIELAB, then merging of
 * regions separated by weak borders, with the subject and the background merged separately.
 */
import { rgbToLab } from "./color";
import { colourGradient } from "./gradient";
import { quantize } from "./kmeans";
import { connectedRegions, modeFilter } from "./labels";
import { mergeRegions, type MergeLimits } from "./merge";
import type { TraceParams } from "./params";
import { RegionGraph } from "./region-graph";
import { backgroundRegions } from "./saliency";

export interface SegmentOptions {
  /** One output line width, in working px. */
  lineWork: number;
  /** Smallest colourable area, working px. */
  minArea: number;
  /** 1 for the subject's pixels, or null when no subject was found. */
  side: Uint8Array | null;
  simplifyBackground: boolean;
}

export interface Segmentation {
  /** Region id per pixel (ids of the surviving regions). */
  ids: Int32Array;
  graph: RegionGraph;
  /** 1 for background pixels when the background is known (subject found, or simplified), else null. */
  background: Uint8Array | null;
}

/**
 * Segments the photo. With a subject, no region crosses its outline (so the outline stays closed
 * whatever the colours along it), and the background is merged harder than the subject: fewer,
 * larger shapes around a detailed subject, as a person would draw it. Without one, the region
 * saliency estimate decides what background to calm when asked to simplify it.
 */
export function segmentRegions(rgb: Uint8Array, width: number, height: number, params: TraceParams, options: SegmentOptions): Segmentation {
  const pixels = width * height;
  const { side } = options;
  const lab = rgbToLab(rgb, pixels, params.lightnessWeight);
  const { labels, k } = quantize(lab, pixels, { k: params.colours, weights: [1, 1, 1] });
  const tidy = modeFilter(labels, width, height, k, params.modeRadius);
  // Subject and background pixels of one colour get different labels: regions stop at the outline.
  if (side) for (let p = 0; p < pixels; p++) tidy[p]! += side[p]! * k;
  const { ids, count } = connectedRegions(tidy, width);
  const graph = new RegionGraph(ids, count, width, lab, colourGradient(lab, width, height, 3));
  const limits: MergeLimits = { maxCost: params.mergeCost, minArea: options.minArea, minWidth: 2 * options.lineWork };

  if (side) {
    const regionSide = new Uint8Array(count);
    for (let p = 0; p < pixels; p++) regionSide[ids[p]!] = side[p]!;
    mergeRegions(graph, { ...limits, colourWeight: params.subjectColourWeight, allow: (a, b) => regionSide[a] === regionSide[b] });
    mergeRegions(graph, { ...backgroundLimits(limits, pixels, options.simplifyBackground), allow: (a, b) => regionSide[a] === 0 && regionSide[b] === 0 });
    graph.relabel(ids);
    return { ids, graph, background: side.map((v) => 1 - v) };
  }
  mergeRegions(graph, limits);
  graph.relabel(ids);
  if (!options.simplifyBackground) return { ids, graph, background: null };
  const flags = backgroundRegions(ids, width, height, graph);
  mergeRegions(graph, { ...backgroundLimits(limits, pixels, true), allow: (a, b) => flags[a] === 1 && flags[b] === 1 });
  graph.relabel(ids);
  return { ids, graph, background: Uint8Array.from(ids, (id) => flags[id]!) };
}

/**
 * Background merging: borders must be clearly stronger to survive and shapes larger than on the
 * subject, so the background never draws the eye away from it; much more so when the background
 * is to be simplified (then only large shapes with strong borders remain).
 */
function backgroundLimits(limits: MergeLimits, pixels: number, simplify: boolean): MergeLimits {
  return simplify
    ? { maxCost: limits.maxCost * 2, minArea: Math.max(limits.minArea * 4, 0.005 * pixels), minWidth: limits.minWidth * 1.5, bigShapeBonus: 0 }
    : { maxCost: limits.maxCost * 1.3, minArea: limits.minArea * 2, minWidth: limits.minWidth * 1.25 };
}
