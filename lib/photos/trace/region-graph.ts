/**
 * Region adjacency graph over a segmentation: region sizes and mean colours, and for each pair
 * of neighbours the length of their shared border and the colour gradient summed along it.
 */

/** A shared border: its length in pixel pairs and the summed gradient along it. */
export interface Border {
  length: number;
  strength: number;
}

export class RegionGraph {
  private readonly parent: Int32Array;
  readonly size: Float64Array;
  /** Border length shared with other regions (the image edge is not counted). */
  readonly perimeter: Float64Array;
  private readonly sum: Float64Array;
  /** Bumped on every merge, so that queued work about a region can be recognised as stale. */
  readonly version: Int32Array;
  /** For each live region: neighbour → shared border. */
  readonly borders: Map<number, Border>[];

  /** Builds the graph from per-pixel region ids, L*a*b* colours and a gradient map. */
  constructor(ids: Int32Array, count: number, width: number, lab: Float32Array, gradient: Float32Array) {
    this.parent = new Int32Array(count).map((_, i) => i);
    this.size = new Float64Array(count);
    this.perimeter = new Float64Array(count);
    this.sum = new Float64Array(count * 3);
    this.version = new Int32Array(count);
    this.borders = Array.from({ length: count }, () => new Map<number, Border>());
    for (let p = 0; p < ids.length; p++) {
      const id = ids[p]!;
      this.size[id]! += 1;
      for (let j = 0; j < 3; j++) this.sum[id * 3 + j]! += lab[p * 3 + j]!;
      if ((p + 1) % width !== 0 && ids[p + 1] !== id) this.link(id, ids[p + 1]!, 1, Math.max(gradient[p]!, gradient[p + 1]!));
      if (p + width < ids.length && ids[p + width] !== id) this.link(id, ids[p + width]!, 1, Math.max(gradient[p]!, gradient[p + width]!));
    }
  }

  private link(a: number, b: number, length: number, strength: number): void {
    this.perimeter[a]! += length;
    this.perimeter[b]! += length;
    const border = this.borders[a]!.get(b);
    if (border) {
      border.length += length;
      border.strength += strength;
    } else {
      const shared = { length, strength };
      this.borders[a]!.set(b, shared);
      this.borders[b]!.set(a, shared);
    }
  }

  /** The live region a region was merged into. */
  find(a: number): number {
    let root = a;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[a] !== root) {
      const next = this.parent[a]!;
      this.parent[a] = root;
      a = next;
    }
    return root;
  }

  /** Colour distance (ΔE 76) between the mean colours of two regions. */
  distance(a: number, b: number): number {
    let d = 0;
    for (let j = 0; j < 3; j++) {
      const diff = this.sum[a * 3 + j]! / this.size[a]! - this.sum[b * 3 + j]! / this.size[b]!;
      d += diff * diff;
    }
    return Math.sqrt(d);
  }

  /** Mean colour gradient along the border of two neighbouring regions (0 if not neighbours). */
  contrast(a: number, b: number): number {
    const border = this.borders[a]!.get(b);
    return border ? border.strength / border.length : 0;
  }

  /** Merges two live neighbouring regions; returns the survivor. */
  merge(a: number, b: number): number {
    if (this.borders[a]!.size > this.borders[b]!.size) [a, b] = [b, a];
    const from = this.borders[a]!;
    const shared = from.get(b)?.length ?? 0;
    // link() below re-adds the moved borders to both ends.
    this.perimeter[b]! -= shared;
    for (const [n, border] of from) {
      if (n === b) continue;
      this.borders[n]!.delete(a);
      this.perimeter[n]! -= border.length;
      this.link(b, n, border.length, border.strength);
    }
    this.borders[b]!.delete(a);
    from.clear();
    this.parent[a] = b;
    this.perimeter[a] = 0;
    this.size[b]! += this.size[a]!;
    for (let j = 0; j < 3; j++) this.sum[b * 3 + j]! += this.sum[a * 3 + j]!;
    this.version[a]!++;
    this.version[b]!++;
    return b;
  }

  /** Writes the surviving region of every pixel back into `ids`. */
  relabel(ids: Int32Array): void {
    for (let p = 0; p < ids.length; p++) ids[p] = this.find(ids[p]!);
  }
}
