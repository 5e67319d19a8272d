/** Smoothing and simplification of traced polylines. */
import type { Chain } from "./chains";

/**
 * Gaussian smoothing along a chain (sigma in points). Open chains keep their end points exactly
 * (the window shrinks towards the ends) so that chains meeting at a junction still meet.
 */
export function smoothChain(chain: Chain, sigma: number): Chain {
  const src = chain.points;
  const n = src.length / 2;
  if (n < 3 || sigma <= 0) return chain;
  const reach = Math.ceil(sigma * 2.5);
  const weights = Array.from({ length: reach + 1 }, (_, i) => Math.exp((-i * i) / (2 * sigma * sigma)));
  const ring = chain.closed && src[0] === src[src.length - 2] && src[1] === src[src.length - 1] ? n - 1 : n;
  const out = new Array<number>(src.length);
  for (let i = 0; i < n; i++) {
    const span = chain.closed ? Math.min(reach, Math.floor((ring - 1) / 2)) : Math.min(reach, i, n - 1 - i);
    let sx = 0;
    let sy = 0;
    let sw = 0;
    for (let k = -span; k <= span; k++) {
      const j = chain.closed ? (((i + k) % ring) + ring) % ring : i + k;
      const w = weights[Math.abs(k)]!;
      sx += src[j * 2]! * w;
      sy += src[j * 2 + 1]! * w;
      sw += w;
    }
    out[i * 2] = sx / sw;
    out[i * 2 + 1] = sy / sw;
  }
  if (ring !== n) {
    out[src.length - 2] = out[0]!;
    out[src.length - 1] = out[1]!;
  }
  return { points: out, closed: chain.closed };
}

/** Douglas–Peucker simplification: drops points closer than `tolerance` to the simplified line. */
export function simplifyChain(chain: Chain, tolerance: number): Chain {
  const p = chain.points;
  const n = p.length / 2;
  if (n < 3) return chain;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: number[] = [0, n - 1];
  const t2 = tolerance * tolerance;
  while (stack.length > 0) {
    const b = stack.pop()!;
    const a = stack.pop()!;
    const ax = p[a * 2]!;
    const ay = p[a * 2 + 1]!;
    const dx = p[b * 2]! - ax;
    const dy = p[b * 2 + 1]! - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = t2;
    for (let i = a + 1; i < b; i++) {
      const px = p[i * 2]! - ax;
      const py = p[i * 2 + 1]! - ay;
      const cross = px * dy - py * dx;
      const d = len2 > 0 ? (cross * cross) / len2 : px * px + py * py;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push(a, worst, worst, b);
    }
  }
  const points: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) points.push(p[i * 2]!, p[i * 2 + 1]!);
  return { points, closed: chain.closed };
}

/** Length of a chain in its own units. */
export function chainLength(chain: Chain): number {
  const p = chain.points;
  let length = 0;
  for (let i = 2; i < p.length; i += 2) length += Math.hypot(p[i]! - p[i - 2]!, p[i + 1]! - p[i - 1]!);
  return length;
}
