/** Region merging policies: join regions separated by weak borders, absorb shapes too small to colour. */
import type { RegionGraph } from "./region-graph";

interface Candidate {
  cost: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** A binary min-heap of merge candidates ordered by cost, then by region ids (deterministic). */
class CandidateHeap {
  private readonly items: Candidate[] = [];

  private less(x: Candidate, y: Candidate): boolean {
    return x.cost < y.cost || (x.cost === y.cost && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }

  get length(): number {
    return this.items.length;
  }

  push(item: Candidate): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.less(items[l]!, items[m]!)) m = l;
        if (r < items.length && this.less(items[r]!, items[m]!)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m]!, items[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** How far merging goes: borders cheaper than `maxCost` go; shapes must reach both minima. */
export interface MergeLimits {
  maxCost: number;
  /** Smallest region area, px. */
  minArea: number;
  /** Smallest mean region thickness (2 × area / perimeter), px: thinner slivers are absorbed. */
  minWidth: number;
  /** Restricts merging to some pairs of regions (e.g. background with background). */
  allow?: (a: number, b: number) => boolean;
  /** Extra cost, per e-fold of size, for erasing the border between two large shapes; 0.1 by default. */
  bigShapeBonus?: number;
  /**
   * Weight of the mean-colour difference against the border's own contrast; 1 by default. Below 1,
   * shading (a gradual change of colour with no edge, such as a highlight on an apple or the
   * shadowed side of a sleeve) stops separating regions, while crisp edges still do.
   */
  colourWeight?: number;
}

/** How a region measures up to the limits: 1 when large enough, less for specks and slivers. */
function adequacy(graph: RegionGraph, r: number, limits: MergeLimits): number {
  const area = graph.size[r]!;
  const perimeter = graph.perimeter[r]!;
  // Only shapes of modest size can be slivers; a large background full of holes is not one.
  const thickness = perimeter > 0 && area < 40 * limits.minArea ? (2 * area) / perimeter : Infinity;
  return Math.min(1, area / limits.minArea, thickness / limits.minWidth);
}

/**
 * Cost of removing the line between two regions: the larger of their border's mean contrast and
 * their mean-colour difference (ΔE 76), so that both crisp edges and soft edges between clearly
 * different colours survive; lowered for specks and slivers so that they go first.
 */
export function mergeCost(graph: RegionGraph, a: number, b: number, limits: MergeLimits): number {
  const base = Math.max(graph.contrast(a, b), (limits.colourWeight ?? 1) * graph.distance(a, b));
  const weakest = Math.min(adequacy(graph, a, limits), adequacy(graph, b, limits));
  if (weakest < 1) return base * Math.sqrt(weakest);
  // The border between two large shapes is the picture's main structure: harder to erase.
  const smaller = Math.min(graph.size[a]!, graph.size[b]!) / limits.minArea;
  return base * (1 + (limits.bigShapeBonus ?? 0.1) * Math.log(smaller));
}

/**
 * Greedily merges the neighbouring pair with the lowest cost until every remaining border costs
 * at least `maxCost`; then absorbs regions still too small or thin into their cheapest neighbour.
 */
export function mergeRegions(graph: RegionGraph, limits: MergeLimits): void {
  const heap = new CandidateHeap();
  const offer = (a: number, b: number): void => {
    if (limits.allow && !limits.allow(a, b)) return;
    const cost = mergeCost(graph, a, b, limits);
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    if (cost < limits.maxCost) heap.push({ cost, a: lo, b: hi, va: graph.version[lo]!, vb: graph.version[hi]! });
  };
  graph.borders.forEach((neighbours, a) => {
    for (const b of neighbours.keys()) if (a < b) offer(a, b);
  });
  while (heap.length > 0) {
    const c = heap.pop()!;
    if (graph.version[c.a] !== c.va || graph.version[c.b] !== c.vb) continue;
    const survivor = graph.merge(c.a, c.b);
    for (const n of graph.borders[survivor]!.keys()) offer(survivor, n);
  }
  absorbInadequate(graph, limits);
}

/** Absorbs every region still too small or thin into its cheapest neighbour, smallest first. */
export function absorbInadequate(graph: RegionGraph, limits: MergeLimits): void {
  for (let pass = 0; pass < 3; pass++) {
    const order = Array.from(graph.size.keys()).filter((r) => graph.find(r) === r && adequacy(graph, r, limits) < 1);
    // Under a pair restriction only regions that some neighbour may take are considered.
    if (order.length === 0) return;
    order.sort((a, b) => graph.size[a]! - graph.size[b]! || a - b);
    for (const region of order) {
      if (graph.find(region) !== region || adequacy(graph, region, limits) >= 1) continue;
      let best = -1;
      let bestCost = Infinity;
      for (const n of graph.borders[region]!.keys()) {
        if (limits.allow && !limits.allow(region, n)) continue;
        const cost = mergeCost(graph, region, n, limits);
        if (cost < bestCost || (cost === bestCost && n < best)) {
          bestCost = cost;
          best = n;
        }
      }
      if (best >= 0) graph.merge(region, best);
    }
  }
}
