/** Path data as absolute segments: the few kinds everything else reduces to. */
export type Segment =
  | { kind: "M" | "L"; x: number; y: number }
  | { kind: "C"; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { kind: "Q"; x1: number; y1: number; x: number; y: number }
  | { kind: "A"; rx: number; ry: number; rotation: number; large: boolean; sweep: boolean; x: number; y: number }
  | { kind: "Z" };

const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

/** Splits path data into commands and numbers; arc flags may be written without separators ("a1 1 0 00 1 1"). */
function tokenize(d: string): Array<string | number> | null {
  const out: Array<string | number> = [];
  let i = 0;
  let argIndex = 0;
  let command = "";
  while (i < d.length) {
    const c = d[i]!;
    if (/[\s,]/.test(c)) {
      i += 1;
      continue;
    }
    if (/[MLHVCSQTAZmlhvcsqtaz]/.test(c)) {
      out.push(c);
      command = c.toUpperCase();
      argIndex = 0;
      i += 1;
      continue;
    }
    const flag = command === "A" && (argIndex % 7 === 3 || argIndex % 7 === 4);
    if (flag) {
      if (c !== "0" && c !== "1") return null;
      out.push(c === "1" ? 1 : 0);
      i += 1;
    } else {
      const match = NUMBER.exec(d.slice(i, i + 64));
      if (!match) return null;
      out.push(Number.parseFloat(match[0]));
      i += match[0].length;
    }
    argIndex += 1;
  }
  return out;
}

/** Parses path data to absolute segments; null when it is malformed (the element is then dropped). */
export function parsePathData(d: string): Segment[] | null {
  const tokens = tokenize(d);
  if (!tokens || tokens.length === 0 || typeof tokens[0] !== "string" || tokens[0].toUpperCase() !== "M") return null;
  const out: Segment[] = [];
  let x = 0, y = 0, startX = 0, startY = 0;
  let lastControl: { x: number; y: number; kind: "C" | "Q" } | null = null;
  let i = 0;
  let command = "";
  while (i < tokens.length) {
    if (typeof tokens[i] === "string") command = tokens[i++] as string;
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const arity = ARITY[upper];
    if (arity === undefined) return null;
    if (arity === 0) {
      // A number right after Z is malformed (and would never be consumed).
      if (i < tokens.length && typeof tokens[i] !== "string") return null;
      out.push({ kind: "Z" });
      x = startX;
      y = startY;
      lastControl = null;
      continue;
    }
    const args = tokens.slice(i, i + arity);
    if (args.length < arity || args.some((a) => typeof a !== "number" || !Number.isFinite(a))) return null;
    i += arity;
    const n = args as number[];
    const ax = (v: number): number => (relative ? x + v : v);
    const ay = (v: number): number => (relative ? y + v : v);
    switch (upper) {
      case "M":
        x = ax(n[0]!); y = ay(n[1]!); startX = x; startY = y;
        out.push({ kind: "M", x, y });
        command = relative ? "l" : "L"; // further pairs are line-tos
        lastControl = null;
        break;
      case "L": case "H": case "V": {
        const nx = upper === "V" ? x : ax(n[0]!);
        const ny = upper === "H" ? y : upper === "V" ? ay(n[0]!) : ay(n[1]!);
        x = nx; y = ny;
        out.push({ kind: "L", x, y });
        lastControl = null;
        break;
      }
      case "C": case "S": {
        const reflected: { x: number; y: number } = lastControl?.kind === "C" ? { x: 2 * x - lastControl.x, y: 2 * y - lastControl.y } : { x, y };
        const x1: number = upper === "C" ? ax(n[0]!) : reflected.x;
        const y1: number = upper === "C" ? ay(n[1]!) : reflected.y;
        const o = upper === "C" ? 2 : 0;
        const x2 = ax(n[o]!), y2 = ay(n[o + 1]!), ex = ax(n[o + 2]!), ey = ay(n[o + 3]!);
        out.push({ kind: "C", x1, y1, x2, y2, x: ex, y: ey });
        lastControl = { x: x2, y: y2, kind: "C" };
        x = ex; y = ey;
        break;
      }
      case "Q": case "T": {
        const reflected: { x: number; y: number } = lastControl?.kind === "Q" ? { x: 2 * x - lastControl.x, y: 2 * y - lastControl.y } : { x, y };
        const x1: number = upper === "Q" ? ax(n[0]!) : reflected.x;
        const y1: number = upper === "Q" ? ay(n[1]!) : reflected.y;
        const ex = ax(n[upper === "Q" ? 2 : 0]!), ey = ay(n[upper === "Q" ? 3 : 1]!);
        out.push({ kind: "Q", x1, y1, x: ex, y: ey });
        lastControl = { x: x1, y: y1, kind: "Q" };
        x = ex; y = ey;
        break;
      }
      case "A": {
        const ex = ax(n[5]!), ey = ay(n[6]!);
        out.push({ kind: "A", rx: Math.abs(n[0]!), ry: Math.abs(n[1]!), rotation: n[2]!, large: n[3] === 1, sweep: n[4] === 1, x: ex, y: ey });
        x = ex; y = ey;
        lastControl = null;
        break;
      }
    }
  }
  return out;
}

/** Cubic Béziers for an elliptical arc (SVG's endpoint form), a quarter turn at most each. */
export function arcToCubics(x0: number, y0: number, arc: Extract<Segment, { kind: "A" }>): Array<Extract<Segment, { kind: "C" }>> {
  let { rx, ry } = arc;
  if (rx === 0 || ry === 0 || (x0 === arc.x && y0 === arc.y)) return [{ kind: "C", x1: x0, y1: y0, x2: arc.x, y2: arc.y, x: arc.x, y: arc.y }];
  const phi = (arc.rotation * Math.PI) / 180;
  const cos = Math.cos(phi), sin = Math.sin(phi);
  const dx = (x0 - arc.x) / 2, dy = (y0 - arc.y) / 2;
  const x1p = cos * dx + sin * dy, y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const sign = arc.large === arc.sweep ? -1 : 1;
  const numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const coef = sign * Math.sqrt(Math.max(0, numerator / (rx * rx * y1p * y1p + ry * ry * x1p * x1p)));
  const cxp = (coef * rx * y1p) / ry, cyp = (-coef * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x0 + arc.x) / 2, cy = sin * cxp + cos * cyp + (y0 + arc.y) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number): number => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!arc.sweep && delta > 0) delta -= 2 * Math.PI;
  if (arc.sweep && delta < 0) delta += 2 * Math.PI;
  const parts = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2)));
  const step = delta / parts;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number): [number, number] => [cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin, cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos];
  const derivative = (t: number): [number, number] => [-rx * Math.sin(t) * cos - ry * Math.cos(t) * sin, -rx * Math.sin(t) * sin + ry * Math.cos(t) * cos];
  const out: Array<Extract<Segment, { kind: "C" }>> = [];
  for (let p = 0; p < parts; p++) {
    const t1 = theta1 + p * step, t2 = t1 + step;
    const [sx, sy] = point(t1), [ex, ey] = point(t2), [d1x, d1y] = derivative(t1), [d2x, d2y] = derivative(t2);
    const last = p === parts - 1;
    out.push({ kind: "C", x1: sx + k * d1x, y1: sy + k * d1y, x2: ex - k * d2x, y2: ey - k * d2y, x: last ? arc.x : ex, y: last ? arc.y : ey });
  }
  return out;
}
