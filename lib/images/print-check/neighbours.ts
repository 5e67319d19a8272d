/**
 * The 3×3 neighbourhood of a pixel as an 8-bit code (bit k set when neighbour k is on), in the
 * clockwise order N, NE, E, SE, S, SW, W, NW, and the tables of neighbourhood facts thinning needs,
 * computed once for all 256 codes.
 */
export const DX = [0, 1, 1, 1, 0, -1, -1, -1] as const;
export const DY = [-1, -1, 0, 1, 1, 1, 0, -1] as const;

/** Grid offsets of the eight neighbours for a grid of row length `stride`. */
export function neighbourOffsets(stride: number): Int32Array {
  return Int32Array.from(DX.map((dx, k) => DY[k]! * stride + dx));
}

/** The neighbourhood code of `p` in a 0/1 `mask` whose rows are `stride` long. */
export function codeAt(mask: Uint8Array, p: number, stride: number): number {
  const up = p - stride;
  const down = p + stride;
  return (
    mask[up]! |
    (mask[up + 1]! << 1) |
    (mask[p + 1]! << 2) |
    (mask[down + 1]! << 3) |
    (mask[down]! << 4) |
    (mask[down - 1]! << 5) |
    (mask[p - 1]! << 6) |
    (mask[up - 1]! << 7)
  );
}

function components(code: number, on: boolean, adjacent: (a: number, b: number) => boolean, mustTouch?: (k: number) => boolean): number {
  const members = [...Array(8).keys()].filter((k) => Boolean(code & (1 << k)) === on);
  const seen = new Set<number>();
  let count = 0;
  for (const start of members) {
    if (seen.has(start)) continue;
    const stack = [start];
    seen.add(start);
    let touches = mustTouch ? mustTouch(start) : true;
    while (stack.length) {
      const a = stack.pop()!;
      for (const b of members) {
        if (seen.has(b) || !adjacent(a, b)) continue;
        seen.add(b);
        if (mustTouch?.(b)) touches = true;
        stack.push(b);
      }
    }
    if (touches) count++;
  }
  return count;
}

const chebyshev = (a: number, b: number): boolean => Math.max(Math.abs(DX[a]! - DX[b]!), Math.abs(DY[a]! - DY[b]!)) === 1;
const manhattan = (a: number, b: number): boolean => Math.abs(DX[a]! - DX[b]!) + Math.abs(DY[a]! - DY[b]!) === 1;
const isEdgeNeighbour = (k: number): boolean => k % 2 === 0;

/** Number of neighbours on. */
export const ON_COUNT = new Uint8Array(256);
/** 1 when removing the centre changes no connectivity: one 8-connected group of ink around it, one 4-connected group of paper touching it. */
export const SIMPLE = new Uint8Array(256);
/** Zhang–Suen's deletion rule for its first and second sub-iterations. */
export const ZHANG_SUEN = [new Uint8Array(256), new Uint8Array(256)] as const;

for (let code = 0; code < 256; code++) {
  const bit = (k: number): number => (code >> k) & 1;
  let count = 0;
  let transitions = 0;
  for (let k = 0; k < 8; k++) {
    count += bit(k);
    if (!bit(k) && bit((k + 1) % 8)) transitions++;
  }
  ON_COUNT[code] = count;
  SIMPLE[code] = components(code, true, chebyshev) === 1 && components(code, false, manhattan, isEdgeNeighbour) === 1 ? 1 : 0;
  const [n, e, s, w] = [bit(0), bit(2), bit(4), bit(6)];
  const base = count >= 2 && count <= 6 && transitions === 1;
  ZHANG_SUEN[0][code] = base && n * e * s === 0 && e * s * w === 0 ? 1 : 0;
  ZHANG_SUEN[1][code] = base && n * e * w === 0 && n * s * w === 0 ? 1 : 0;
}
