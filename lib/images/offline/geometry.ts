/** Axis-aligned bounds and 2D affine transforms for SVG shapes. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** An affine matrix [a, b, c, d, e, f] as in SVG's matrix(). */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function emptyBounds(): Bounds {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

export function addPoint(bounds: Bounds, x: number, y: number): void {
  if (x < bounds.minX) bounds.minX = x;
  if (y < bounds.minY) bounds.minY = y;
  if (x > bounds.maxX) bounds.maxX = x;
  if (y > bounds.maxY) bounds.maxY = y;
}

export function isEmpty(bounds: Bounds): boolean {
  return !(bounds.maxX >= bounds.minX && bounds.maxY >= bounds.minY);
}

export function unionBounds(a: Bounds, b: Bounds): Bounds {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function transformBounds(bounds: Bounds, m: Matrix): Bounds {
  const out = emptyBounds();
  for (const [x, y] of [
    [bounds.minX, bounds.minY],
    [bounds.maxX, bounds.minY],
    [bounds.minX, bounds.maxY],
    [bounds.maxX, bounds.maxY],
  ] as const) {
    addPoint(out, m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  }
  return out;
}

/** Parses an SVG transform list (matrix, translate, scale, rotate, skewX/Y). */
export function parseTransform(text: string | undefined): Matrix {
  let m: Matrix = IDENTITY;
  if (!text) return m;
  for (const [, name, argText] of text.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const a = (argText ?? "").split(/[\s,]+/).filter(Boolean).map(Number);
    const [p = 0, q, r] = a;
    let n: Matrix = IDENTITY;
    if (name === "matrix" && a.length === 6) n = a as Matrix;
    else if (name === "translate") n = [1, 0, 0, 1, p, q ?? 0];
    else if (name === "scale") n = [p, 0, 0, q ?? p, 0, 0];
    else if (name === "rotate") {
      const rad = (p * Math.PI) / 180;
      const cos = Math.cos(rad);
      const sin = Math.sin(rad);
      n = [cos, sin, -sin, cos, 0, 0];
      if (q !== undefined && r !== undefined) n = multiply(multiply([1, 0, 0, 1, q, r], n), [1, 0, 0, 1, -q, -r]);
    } else if (name === "skewX") n = [1, 0, Math.tan((p * Math.PI) / 180), 1, 0, 0];
    else if (name === "skewY") n = [1, Math.tan((p * Math.PI) / 180), 0, 1, 0, 0];
    m = multiply(m, n);
  }
  return m;
}
