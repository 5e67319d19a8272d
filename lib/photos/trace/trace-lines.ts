/** The analysis half of Trace: from the working photo to smoothed outline and detail polylines. */
import { traceBorders, type Chain } from "./chains";
import type { RgbImage } from "./decode";
import { cannyEdges, dilateMask, lineMapChains, smooth } from "./filters";
import { addFaceDetails, detectFaces } from "./faces";
import { closeDetailGaps } from "./gaps";
import { regionBoundaries } from "./labels";
import type { Cv } from "./opencv";
import type { TraceParams } from "./params";
import { simplifyChain, smoothChain } from "./polyline";
import { segmentRegions } from "./segment";
import { findSubject, tidySubjectMask } from "./subject";
import { flattenTexture } from "./texture";

export interface TracedLines {
  /** Outline of the main subject (closed), in working-image coordinates; drawn boldest. */
  subject: Chain[];
  /** Outlines of the other colour regions (closed shapes). */
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
 * Finds the subject, segments the photo into colourable regions and returns their smoothed
 * outlines (the subject's own outline apart) plus the strongest inner edges. Region sizes are
 * judged at print scale (`context.scale`), so that no shape is smaller or thinner than a few line
 * widths on paper.
 */
export async function traceLines(cv: Cv, image: RgbImage, params: TraceParams, context: TraceContext): Promise<TracedLines> {
  const { width, height } = image;
  const pixels = width * height;
  const lineWork = params.linePx / context.scale;
  const minArea = params.minRegionLines * lineWork * lineWork;
  const smoothed = smooth(cv, image, params.smoothPasses, params.smoothSigma);
  const faces = await detectFaces(cv, smoothed.grey, width, height);
  await context.checkpoint(20);
  const found = findSubject(cv, { data: smoothed.rgb, width, height });
  const side = found ? tidySubjectMask(cv, found.mask, width, height, 2 * lineWork, 4 * minArea) : null;
  await context.checkpoint(40);

  const flat = flattenTexture(cv, smoothed.rgb, smoothed.grey, width, height);
  const { ids, background } = segmentRegions(flat.rgb, width, height, params, { lineWork, minArea, side, simplifyBackground: context.simplifyBackground });
  await context.checkpoint(60);

  // Wiggles smaller than a couple of line widths read as noise on paper: smooth at that scale.
  const sigma = params.curveSigma * Math.min(2.5, Math.max(0.75, lineWork / 2));
  const subject: Chain[] = [];
  const outlines: Chain[] = [];
  for (const chain of traceBorders(ids, width, height)) {
    const line = simplifyChain(smoothChain(chain, sigma), 0.25);
    (side && separates(chain, width, side) ? subject : outlines).push(line);
  }
  await context.checkpoint(80);

  const simplify = context.simplifyBackground ? background : null;
  const boundaries = regionBoundaries(ids, width, height);
  const near = dilateMask(cv, boundaries, width, height, Math.max(1, Math.round(lineWork)));
  const detailMap = new Uint8Array(pixels);
  if (params.edgeBudget > 0) {
    const long = Math.max(width, height);
    const edges = cannyEdges(cv, smoothed.grey, width, height, {
      seedFraction: params.edgeSeedFraction,
      minLength: params.edgeMinLength * long,
      budget: params.edgeBudget * (width + height),
      // Not in a background to simplify, nor in dense texture (they would draw fur strand by strand).
      exclude: near.map((v, p) => v | (simplify ? simplify[p]! : 0) | (flat.weight[p]! > 0.8 ? 1 : 0)),
      reconnect: { mask: near, reach: 2 * Math.max(1, Math.round(lineWork)) + 2 },
    });
    for (let p = 0; p < pixels; p++) detailMap[p] = edges[p]!;
  }
  // Faces keep their features (eyes, brows, mouth) at every detail level.
  for (const face of faces.slice(0, 4)) addFaceDetails(cv, smoothed.grey, near, detailMap, width, height, face, params.faceBudget);
  // Centre to centre, a gap the print check calls a leak spans it plus half of each line.
  closeDetailGaps(cv, detailMap, boundaries, width, height, (params.maxGapPx + params.subjectLinePx) / context.scale + 2);
  const details = lineMapChains(cv, detailMap, width, height).map((c) => simplifyChain(smoothChain(c, 1.5), 0.25));
  await context.checkpoint(100);
  return { subject, outlines, details };
}

/** Whether a border chain (on the crack grid) runs between the subject and the background. */
function separates(chain: Chain, width: number, side: Uint8Array): boolean {
  const [x0, y0, x1, y1] = chain.points as [number, number, number, number];
  const x = Math.min(x0, x1);
  const y = Math.min(y0, y1);
  // A horizontal crack lies between the pixels above and below it; a vertical one, left and right.
  const [a, b] = y0 === y1 ? [(y - 1) * width + x, y * width + x] : [y * width + x - 1, y * width + x];
  return side[a] !== side[b];
}
