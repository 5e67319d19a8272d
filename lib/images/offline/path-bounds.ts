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

/** One subpath of a path, rewritten to stand alone (it starts with an absolute moveto). */
export interface Subpath {
  text: string;
  bounds: Bounds;
}

/** Splits SVG path data into its subpaths, each starting with an absolute "M" at its real start. */
export function splitSubpaths(d: string): Subpath[] {
  const raw = Array.from(d.matchAll(COMMAND), (m) => m[0]);
  const out: Subpath[] = [];
  let parts: string[] = [];
  const flush = (): void => {
    if (parts.length > 1) out.push({ text: parts.join(" "), bounds: pathBounds(parts.join(" ")) });
    parts = [];
  };
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = "";
  // After a moveto, further pairs are line segments: their letter is written only if they come.
  let implicit = false;
  let i = 0;
  while (i < raw.length) {
    const token = raw[i] as string;
    if (/^[A-Za-z]$/.test(token)) {
      command = token;
      implicit = false;
      i++;
      if (command === "z" || command === "Z") {
        parts.push(command);
        x = startX;
        y = startY;
      } else if (command !== "m" && command !== "M") parts.push(command);
      continue;
    }
    const lower = command.toLowerCase();
    const arity = ARITY[lower] ?? 0;
    const args = raw.slice(i, i + arity).map(Number);
    if (arity === 0 || args.length < arity || args.some((v) => Number.isNaN(v))) break;
    const rel = command === lower;
    const [a0 = 0, a1 = 0, , , a4 = 0, a5 = 0, a6 = 0] = args;
    if (lower === "m") {
      flush();
      x = (rel ? x : 0) + a0;
      y = (rel ? y : 0) + a1;
      startX = x;
      startY = y;
      parts.push(`M${x} ${y}`);
      command = rel ? "l" : "L";
      implicit = true;
      i += arity;
      continue;
    }
    if (implicit) parts.push(command);
    implicit = false;
    parts.push(...raw.slice(i, i + arity));
    i += arity;
    if (lower === "h") x = (rel ? x : 0) + a0;
    else if (lower === "v") y = (rel ? y : 0) + a0;
    else if (lower === "l" || lower === "t") [x, y] = [(rel ? x : 0) + a0, (rel ? y : 0) + a1];
    else if (lower === "c") [x, y] = [(rel ? x : 0) + a4, (rel ? y : 0) + a5];
    else if (lower === "s" || lower === "q") [x, y] = [(rel ? x : 0) + (args[2] ?? 0), (rel ? y : 0) + (args[3] ?? 0)];
    else if (lower === "a") [x, y] = [(rel ? x : 0) + a5, (rel ? y : 0) + a6];
  }
  flush();
  return out;
}
