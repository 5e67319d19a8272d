/** The analysis half of Trace: from the working photo to smoothed outline and detail polylines. */
import { traceBorders, type Chain } from "./chains";
import { rgbToLab } from "./color";
import type { RgbImage } from "./decode";
import { cannyEdges, dilateMask, lineMapChains, smooth } from "./filters";
import { addFaceDetails, detectFaces } from "./faces";
import { colourGradient } from "./gradient";
import { quantize } from "./kmeans";
import { connectedRegions, modeFilter, regionBoundaries } from "./labels";
import { mergeRegions } from "./merge";
import type { Cv } from "./opencv";
import type { TraceParams } from "./params";
import { simplifyChain, smoothChain } from "./polyline";
import { RegionGraph } from "./region-graph";
import { backgroundRegions } from "./saliency";

export interface TracedLines {
  /** Outlines of the colour regions (closed shapes), in working-image coordinates. */
  outlines: Chain[];
  /** Strong inner edges (eyes, folds, whiskers), drawn thinner. */
  details: Chain[];
}

export interface TraceContext {
  /** Output px per working px. */
  scale: number;
  simplifyBackground: boolean;
  /** Called between stages with 0…100; may throw to abort. */
  checkpoint: (percent: number) => Promise<void>;
}

/**
 * Segments the photo into colourable regions and returns their smoothed outlines plus the
 * strongest inner edges. Region sizes are judged at print scale (`context.scale`), so that no
 * shape is smaller or thinner than a few line widths on paper.
 */
export async function traceLines(cv: Cv, image: RgbImage, params: TraceParams, context: TraceContext): Promise<TracedLines> {
  const { width, height } = image;
  const pixels = width * height;
  const smoothed = smooth(cv, image, params.smoothPasses, params.smoothSigma);
  const faces = await detectFaces(cv, smoothed.grey, width, height);
  await context.checkpoint(30);

  const lab = rgbToLab(smoothed.rgb, pixels, params.lightnessWeight);
  const { labels, k } = quantize(lab, pixels, { k: params.colours, weights: [1, 1, 1] });
  const tidy = modeFilter(labels, width, height, k, params.modeRadius);
  await context.checkpoint(50);

  const { ids, count } = connectedRegions(tidy, width);
  const graph = new RegionGraph(ids, count, width, lab, colourGradient(lab, width, height, 3));
  const lineWork = params.linePx / context.scale;
  const limits = { maxCost: params.mergeCost, minArea: params.minRegionLines * lineWork * lineWork, minWidth: 2 * lineWork };
  mergeRegions(graph, limits);
  graph.relabel(ids);
  let background: Uint8Array | null = null;
  if (context.simplifyBackground) {
    const flags = backgroundRegions(ids, width, height, graph);
    // Background clutter goes: small shapes, and borders that are not clearly strong.
    mergeRegions(graph, {
      maxCost: limits.maxCost * 1.8,
      minArea: Math.max(limits.minArea * 4, 0.004 * pixels),
      minWidth: limits.minWidth * 1.5,
      bigShapeBonus: 0,
      allow: (a, b) => flags[a] === 1 && flags[b] === 1,
    });
    graph.relabel(ids);
    background = new Uint8Array(pixels);
    for (let p = 0; p < pixels; p++) background[p] = flags[ids[p]!]!;
  }
  // Wiggles smaller than a couple of line widths read as noise on paper: smooth at that scale.
  const sigma = params.curveSigma * Math.min(2.5, Math.max(0.75, lineWork / 2));
  const outlines = traceBorders(ids, width, height).map((c) => simplifyChain(smoothChain(c, sigma), 0.25));
  await context.checkpoint(80);

  const near = dilateMask(cv, regionBoundaries(ids, width, height), width, height, Math.max(1, Math.round(lineWork)));
  const detailMap = new Uint8Array(pixels);
  if (params.edgeBudget > 0) {
    const long = Math.max(width, height);
    const edges = cannyEdges(cv, smoothed.grey, width, height, {
      seedFraction: params.edgeSeedFraction,
      minLength: params.edgeMinLength * long,
      budget: params.edgeBudget * (width + height),
      exclude: background ? near.map((v, p) => v | background[p]!) : near,
    });
    for (let p = 0; p < pixels; p++) detailMap[p] = edges[p]!;
  }
  // Faces keep their features (eyes, brows, mouth) at every detail level.
  for (const face of faces.slice(0, 4)) addFaceDetails(cv, smoothed.grey, near, detailMap, width, height, face, params.faceBudget);
  const details = lineMapChains(cv, detailMap, width, height).map((c) => simplifyChain(smoothChain(c, 1.5), 0.25));
  await context.checkpoint(100);
  return { outlines, details };
}
