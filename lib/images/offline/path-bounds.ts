import { addPoint, emptyBounds, isEmpty, unionBounds, type Bounds } from "./geometry";

const COMMAND = /([MmLlHhVvCcSsQqTtAaZz])|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;
const ARITY: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

/** The bounds of an SVG path's data (see `subpathBounds`). */
export function pathBounds(d: string): Bounds {
  return subpathBounds(d).reduce(unionBounds, emptyBounds());
}

/**
 * The bounds of each subpath of an SVG path's data, from its end and control points (a slight
 * over-estimate for curves, which is what a size filter wants) and points along each arc.
 */
export function subpathBounds(d: string): Bounds[] {
  const all: Bounds[] = [];
  let bounds = emptyBounds();
  const tokens = Array.from(d.matchAll(COMMAND), (m) => m[1] ?? Number(m[2]));
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = "";
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (typeof token === "string") {
      command = token;
      i++;
      if (command === "z" || command === "Z") {
        x = startX;
        y = startY;
        continue;
      }
    }
    const lower = command.toLowerCase();
    const arity = ARITY[lower] ?? 0;
    if (arity === 0) {
      i++;
      continue;
    }
    const args = tokens.slice(i, i + arity).map(Number);
    if (args.length < arity || args.some((n) => Number.isNaN(n))) break;
    i += arity;
    const rel = command === lower;
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    const [a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0] = args;
    switch (lower) {
      case "m":
      case "l":
      case "t":
        x = ox + a0;
        y = oy + a1;
        if (lower === "m") {
          if (!isEmpty(bounds)) all.push(bounds);
          bounds = emptyBounds();
          startX = x;
          startY = y;
          command = rel ? "l" : "L";
        }
        break;
      case "h":
        x = (rel ? x : 0) + a0;
        break;
      case "v":
        y = (rel ? y : 0) + a0;
        break;
      case "c":
        addPoint(bounds, ox + a0, oy + a1);
        addPoint(bounds, ox + a2, oy + a3);
        x = ox + a4;
        y = oy + a5;
        break;
      case "s":
      case "q":
        addPoint(bounds, ox + a0, oy + a1);
        x = ox + a2;
        y = oy + a3;
        break;
      case "a": {
        const ex = ox + a5;
        const ey = oy + a6;
        addArc(bounds, x, y, Math.abs(a0), Math.abs(a1), a2, a3 !== 0, a4 !== 0, ex, ey);
        x = ex;
        y = ey;
        break;
      }
    }
    addPoint(bounds, x, y);
  }
  if (!isEmpty(bounds)) all.push(bounds);
  return all;
}

/** Adds points sampled along an arc given in SVG's endpoint notation (spec F.6.5). */
function addArc(
  b: Bounds, x1: number, y1: number, rx: number, ry: number, angle: number,
  large: boolean, sweep: boolean, x2: number, y2: number,
): void {
  if (rx === 0 || ry === 0) return;
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const px = cos * dx + sin * dy;
  const py = -sin * dx + cos * dy;
  const lambda = (px * px) / (rx * rx) + (py * py) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * py * py - ry * ry * px * px;
  const den = rx * rx * py * py + ry * ry * px * px;
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cpx = (k * rx * py) / ry;
  const cpy = (-k * ry * px) / rx;
  const cx = cos * cpx - sin * cpy + (x1 + x2) / 2;
  const cy = sin * cpx + cos * cpy + (y1 + y2) / 2;
  const start = Math.atan2((py - cpy) / ry, (px - cpx) / rx);
  let delta = Math.atan2((-py - cpy) / ry, (-px - cpx) / rx) - start;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    const t = start + (delta * i) / steps;
    const ex = rx * Math.cos(t);
    const ey = ry * Math.sin(t);
    addPoint(b, cx + cos * ex - sin * ey, cy + sin * ex + cos * ey);
  }
}
