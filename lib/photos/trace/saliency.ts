/**
 * Telling the main subject from the background, per region: background touches the image edge
 * a lot for its size ("boundary connectivity") and looks like other background; the subject
 * stands out in colour from the background around it.
 */
import type { RegionGraph } from "./region-graph";

/**
 * Returns a flag per region id (1 = background) for the live regions of `ids` (as relabelled by
 * the graph). Saliency is background-weighted colour contrast, damped for regions strongly
 * connected to the image edge; the cut between subject and background is Otsu's threshold on
 * the area-weighted saliency. Regions mostly within `margin` (fraction of the image diagonal) of
 * the salient ones are kept as subject. Returns all zeros when no clear subject stands out.
 */
export function backgroundRegions(ids: Int32Array, width: number, height: number, graph: RegionGraph, margin = 0.05): Uint8Array {
  const count = graph.size.length;
  const edge = new Float64Array(count);
  const sx = new Float64Array(count);
  const sy = new Float64Array(count);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const r = ids[y * width + x]!;
      sx[r]! += x;
      sy[r]! += y;
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) edge[r]! += 1;
    }
  }
  const live = Array.from(graph.size.keys()).filter((r) => graph.find(r) === r && graph.size[r]! > 0);
  const diagonal = Math.hypot(width, height);
  const bgProb = new Float64Array(count);
  for (const r of live) {
    const connectivity = edge[r]! / Math.sqrt(graph.size[r]!);
    bgProb[r] = 1 - Math.exp(-(connectivity * connectivity) / 2);
  }
  const saliency = new Float64Array(count);
  for (const r of live) {
    const cx = sx[r]! / graph.size[r]!;
    const cy = sy[r]! / graph.size[r]!;
    let sum = 0;
    let norm = 0;
    for (const j of live) {
      if (j === r) continue;
      const d = Math.hypot(sx[j]! / graph.size[j]! - cx, sy[j]! / graph.size[j]! - cy) / diagonal;
      const w = Math.exp(-(d * d) / (2 * 0.25 * 0.25)) * graph.size[j]!;
      sum += graph.distance(r, j) * w * bgProb[j]!;
      norm += w;
    }
    const centre = Math.hypot(cx / width - 0.5, cy / height - 0.5);
    saliency[r] = (norm > 0 ? sum / norm : 0) * (1 - 0.8 * bgProb[r]!) * Math.exp(-(centre * centre) / (2 * 0.35 * 0.35));
  }
  const flags = new Uint8Array(count);
  const cut = otsu(live.map((r) => [saliency[r]!, graph.size[r]!] as const));
  if (cut === null) return flags;
  // Only what lies mostly outside a margin around the salient regions counts as background:
  // parts of the subject that do not stand out (a face against a pale wall) stay detailed.
  const near = nearSubject(ids, width, height, (r) => saliency[r]! >= cut, margin * diagonal);
  const inside = new Float64Array(count);
  for (let p = 0; p < ids.length; p++) if (near[p]) inside[ids[p]!]! += 1;
  for (const r of live) if (saliency[r]! < cut && inside[r]! < 0.5 * graph.size[r]!) flags[r] = 1;
  return flags;
}

/** 1 for pixels within `distance` px of a subject pixel (chessboard distance, two passes). */
function nearSubject(ids: Int32Array, width: number, height: number, isSubject: (r: number) => boolean, distance: number): Uint8Array {
  const far = width + height;
  const d = new Float32Array(ids.length);
  for (let p = 0; p < ids.length; p++) d[p] = isSubject(ids[p]!) ? 0 : far;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      let v = d[p]!;
      if (x > 0) v = Math.min(v, d[p - 1]! + 1);
      if (y > 0) v = Math.min(v, d[p - width]! + 1, x > 0 ? d[p - width - 1]! + 1 : far, x < width - 1 ? d[p - width + 1]! + 1 : far);
      d[p] = v;
    }
  }
  for (let y = height - 1; y >= 0; y--) {
    for (let x = width - 1; x >= 0; x--) {
      const p = y * width + x;
      let v = d[p]!;
      if (x < width - 1) v = Math.min(v, d[p + 1]! + 1);
      if (y < height - 1) v = Math.min(v, d[p + width]! + 1, x < width - 1 ? d[p + width + 1]! + 1 : far, x > 0 ? d[p + width - 1]! + 1 : far);
      d[p] = v;
    }
  }
  const out = new Uint8Array(ids.length);
  for (let p = 0; p < ids.length; p++) out[p] = d[p]! <= distance ? 1 : 0;
  return out;
}

/** Otsu's threshold over weighted values; null when the values do not split into two groups. */
function otsu(values: ReadonlyArray<readonly [number, number]>): number | null {
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, [, w]) => s + w, 0);
  const mean = sorted.reduce((s, [v, w]) => s + v * w, 0) / total;
  let w0 = 0;
  let m0 = 0;
  let best = -1;
  let bestVar = 0;
  for (let i = 0; i < sorted.length - 1; i++) {
    const [v, w] = sorted[i]!;
    w0 += w;
    m0 += v * w;
    const w1 = total - w0;
    if (w1 <= 0) break;
    const between = w0 * w1 * (m0 / w0 - (mean * total - m0) / w1) ** 2;
    if (between > bestVar) {
      bestVar = between;
      best = i;
    }
  }
  if (best < 0) return null;
  const cut = (sorted[best]![0] + sorted[best + 1]![0]) / 2;
  return cut > 0 ? cut : null;
}
