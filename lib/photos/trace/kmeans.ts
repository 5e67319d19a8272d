/** Deterministic k-means colour quantisation (k-means++ seeding with a fixed seed). */

/** A small seeded PRNG (mulberry32) so that the same photo always gives the same palette. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PaletteOptions {
  /** Number of colours. */
  k: number;
  /** Per-channel weights applied to L, a, b before measuring distances. */
  weights: readonly [number, number, number];
  /** How many pixels to sample for fitting. */
  samples?: number;
  iterations?: number;
}

function weighted(lab: Float32Array, pixels: number, count: number, w: readonly number[]): Float32Array {
  const step = Math.max(1, Math.floor(pixels / count));
  const n = Math.min(count, Math.floor(pixels / step));
  const out = new Float32Array(n * 3);
  for (let s = 0; s < n; s++) {
    const p = (s * step + ((s * 7919) % step)) * 3;
    out[s * 3] = lab[p]! * w[0]!;
    out[s * 3 + 1] = lab[p + 1]! * w[1]!;
    out[s * 3 + 2] = lab[p + 2]! * w[2]!;
  }
  return out;
}

function nearest(data: Float32Array, i: number, centers: Float32Array, k: number): number {
  let best = 0;
  let bestD = Infinity;
  for (let c = 0; c < k; c++) {
    const d0 = data[i]! - centers[c * 3]!;
    const d1 = data[i + 1]! - centers[c * 3 + 1]!;
    const d2 = data[i + 2]! - centers[c * 3 + 2]!;
    const d = d0 * d0 + d1 * d1 + d2 * d2;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function distance2(data: Float32Array, i: number, centers: Float32Array, c: number): number {
  const d0 = data[i]! - centers[c * 3]!;
  const d1 = data[i + 1]! - centers[c * 3 + 1]!;
  const d2 = data[i + 2]! - centers[c * 3 + 2]!;
  return d0 * d0 + d1 * d1 + d2 * d2;
}

/**
 * Fits a palette of `k` colours to L*a*b* pixels and returns each pixel's palette index.
 * Centres live in the weighted space; the result is deterministic for the same input.
 */
export function quantize(lab: Float32Array, pixels: number, options: PaletteOptions): { labels: Uint8Array; k: number } {
  const { weights: w, iterations = 12 } = options;
  const data = weighted(lab, pixels, options.samples ?? 40_000, w);
  const n = data.length / 3;
  const k = Math.max(1, Math.min(options.k, n, 255));
  const random = seededRandom(0x1badcafe);
  const centers = new Float32Array(k * 3);
  const dist = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centers.set(data.subarray(pick * 3, pick * 3 + 3), c * 3);
    let total = 0;
    for (let s = 0; s < n; s++) {
      const d = distance2(data, s * 3, centers, c);
      if (d < dist[s]!) dist[s] = d;
      total += dist[s]!;
    }
    let target = random() * total;
    for (pick = 0; pick < n - 1 && (target -= dist[pick]!) > 0; pick++);
  }
  const assign = new Int32Array(n);
  const sums = new Float64Array(k * 4);
  for (let it = 0; it < iterations; it++) {
    sums.fill(0);
    let moved = 0;
    for (let s = 0; s < n; s++) {
      const c = nearest(data, s * 3, centers, k);
      if (assign[s] !== c) moved++;
      assign[s] = c;
      sums[c * 4]! += data[s * 3]!;
      sums[c * 4 + 1]! += data[s * 3 + 1]!;
      sums[c * 4 + 2]! += data[s * 3 + 2]!;
      sums[c * 4 + 3]! += 1;
    }
    for (let c = 0; c < k; c++) {
      const count = sums[c * 4 + 3]!;
      if (count > 0) for (let j = 0; j < 3; j++) centers[c * 3 + j] = sums[c * 4 + j]! / count;
    }
    if (moved === 0) break;
  }
  const labels = new Uint8Array(pixels);
  const px = new Float32Array(3);
  for (let p = 0; p < pixels; p++) {
    px[0] = lab[p * 3]! * w[0];
    px[1] = lab[p * 3 + 1]! * w[1];
    px[2] = lab[p * 3 + 2]! * w[2];
    labels[p] = nearest(px, 0, centers, k);
  }
  return { labels, k };
}
