/** An affine transform [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` then `n` applied after it in the child's coordinates: m × n. */
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

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

const FUNCTION = /\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)\s*,?/y;

function one(name: string, n: number[]): Matrix | null {
  const rad = (deg: number): number => (deg * Math.PI) / 180;
  switch (name) {
    case "matrix":
      return n.length === 6 ? (n as unknown as Matrix) : null;
    case "translate":
      return n.length === 1 || n.length === 2 ? [1, 0, 0, 1, n[0]!, n[1] ?? 0] : null;
    case "scale":
      return n.length === 1 || n.length === 2 ? [n[0]!, 0, 0, n[1] ?? n[0]!, 0, 0] : null;
    case "rotate": {
      if (n.length !== 1 && n.length !== 3) return null;
      const c = Math.cos(rad(n[0]!)), s = Math.sin(rad(n[0]!));
      const r: Matrix = [c, s, -s, c, 0, 0];
      if (n.length === 1) return r;
      return multiply(multiply([1, 0, 0, 1, n[1]!, n[2]!], r), [1, 0, 0, 1, -n[1]!, -n[2]!]);
    }
    case "skewX":
      return n.length === 1 ? [1, 0, Math.tan(rad(n[0]!)), 1, 0, 0] : null;
    case "skewY":
      return n.length === 1 ? [1, Math.tan(rad(n[0]!)), 0, 1, 0, 0] : null;
    default:
      return null;
  }
}

/** A `transform` attribute as one matrix; null when it is malformed. */
export function parseTransform(value: string | undefined): Matrix | null {
  if (!value || value.trim() === "") return IDENTITY;
  let m: Matrix = IDENTITY;
  FUNCTION.lastIndex = 0;
  let consumed = 0;
  for (let match = FUNCTION.exec(value); match; match = FUNCTION.exec(value)) {
    const numbers = (match[2] ?? "").split(/[\s,]+/).filter(Boolean).map(Number);
    if (numbers.some((v) => !Number.isFinite(v))) return null;
    const next = one(match[1]!, numbers);
    if (!next) return null;
    m = multiply(m, next);
    consumed = FUNCTION.lastIndex;
  }
  return value.slice(consumed).trim() === "" ? m : null;
}

/** The transform of a viewport (x, y, width, height) showing a viewBox, for `meet` and `none`. */
export function viewBoxMatrix(viewBox: readonly [number, number, number, number], x: number, y: number, width: number, height: number, preserve = ""): Matrix {
  const [vx, vy, vw, vh] = viewBox;
  let sx = width / vw, sy = height / vh;
  let tx = x, ty = y;
  if (!preserve.trim().startsWith("none")) {
    const s = preserve.includes("slice") ? Math.max(sx, sy) : Math.min(sx, sy);
    tx += (width - vw * s) / 2;
    ty += (height - vh * s) / 2;
    sx = s;
    sy = s;
  }
  return [sx, 0, 0, sy, tx - vx * sx, ty - vy * sy];
}
