import type { Random } from "../random";
import { n } from "../scene";
import { circle, line, polygon, rect, smoothClosed, smoothOpen } from "./basic";

type Point = [number, number];

/**
 * The outline of a union of circles (star-shaped around their centroid), sampled as points:
 * clouds, tree crowns and bushes with crisp scalloped edges.
 */
export function circleUnion(circles: ReadonlyArray<readonly [number, number, number]>, samples = 48): string {
  const cx = circles.reduce((s, c) => s + c[0], 0) / circles.length;
  const cy = circles.reduce((s, c) => s + c[1], 0) / circles.length;
  const points: Array<{ angle: number; p: Point }> = [];
  for (const [x, y, r] of circles) {
    for (let i = 0; i < samples; i++) {
      const a = (i / samples) * Math.PI * 2;
      const p: Point = [x + r * Math.cos(a), y + r * Math.sin(a)];
      const inside = circles.some(([ox, oy, or]) => (ox !== x || oy !== y) && Math.hypot(p[0] - ox, p[1] - oy) < or - 0.5);
      if (!inside) points.push({ angle: Math.atan2(p[1] - cy, p[0] - cx), p });
    }
  }
  points.sort((a, b) => a.angle - b.angle);
  return polygon(points.map((q) => q.p));
}

/** A fluffy cloud `w` wide whose flat-ish bottom sits at `bottom`. */
export function cloud(cx: number, bottom: number, w: number): string {
  const u = w / 100;
  const x0 = cx - 50 * u;
  return circleUnion([
    [x0 + 18 * u, bottom - 14 * u, 15 * u],
    [x0 + 40 * u, bottom - 24 * u, 22 * u],
    [x0 + 64 * u, bottom - 21 * u, 19 * u],
    [x0 + 83 * u, bottom - 13 * u, 13 * u],
    [x0 + 50 * u, bottom - 10 * u, 14 * u],
  ]);
}

/** A sun: a disc and `rays` triangular rays around it. */
export function sun(cx: number, cy: number, r: number, rays: number): string[] {
  const out = [circle(cx, cy, r)];
  for (let i = 0; i < rays; i++) {
    const a = (i / rays) * Math.PI * 2 + 0.2;
    const half = Math.PI / rays / 2.2;
    const r0 = r * 1.22;
    const r1 = r * 1.75;
    out.push(
      polygon([
        [cx + r0 * Math.cos(a - half), cy + r0 * Math.sin(a - half)],
        [cx + r1 * Math.cos(a), cy + r1 * Math.sin(a)],
        [cx + r0 * Math.cos(a + half), cy + r0 * Math.sin(a + half)],
      ]),
    );
  }
  return out;
}

/** A round leafy tree standing on `ground`: [trunk, crown]. */
export function roundTree(x: number, ground: number, h: number, random: Random): string[] {
  const w = h * 0.62;
  const crownY = ground - h * 0.62;
  const trunk = polygon([
    [x - w * 0.1, ground],
    [x - w * 0.07, crownY],
    [x + w * 0.07, crownY],
    [x + w * 0.1, ground],
  ]);
  const r = w * 0.3;
  const crown = circleUnion([
    [x - r * 0.9, crownY + r * 0.2, r * random.range(0.8, 0.95)],
    [x + r * 0.9, crownY + r * 0.2, r * random.range(0.8, 0.95)],
    [x, crownY - r * 0.5, r * random.range(1.05, 1.2)],
    [x - r * 0.6, crownY - r * 0.9, r * 0.75],
    [x + r * 0.6, crownY - r * 0.9, r * 0.75],
    [x, crownY + r * 0.35, r * 0.9],
  ]);
  return [trunk, crown];
}

/** A pine tree: a trunk and three stacked tiers, optionally snow-capped. */
export function pineTree(x: number, ground: number, h: number): string[] {
  const w = h * 0.5;
  const trunkTop = ground - h * 0.16;
  const out = [rect(x - w * 0.08, trunkTop - 4, w * 0.16, ground - trunkTop + 4)];
  for (let i = 0; i < 3; i++) {
    const base = trunkTop - i * h * 0.24;
    const tw = w * (1 - i * 0.24);
    const top = base - h * (0.4 - i * 0.04);
    out.push(`M${n(x - tw / 2)} ${n(base)}Q${n(x)} ${n(base - h * 0.06)} ${n(x + tw / 2)} ${n(base)}L${n(x)} ${n(top)}z`);
  }
  return out;
}

/** A simple flower on a stem: [stem (open), leaf, petals..., centre]. */
export function flower(x: number, ground: number, h: number, petals = 5): Array<{ d: string; open?: boolean }> {
  const r = h * 0.14;
  const top = ground - h + r * 1.6;
  const out: Array<{ d: string; open?: boolean }> = [{ d: line([[x, ground], [x, top]]), open: true }];
  out.push({ d: smoothClosed([[x, ground - h * 0.3], [x + h * 0.14, ground - h * 0.44], [x + h * 0.3, ground - h * 0.46], [x + h * 0.16, ground - h * 0.34]]) });
  for (let i = 0; i < petals; i++) {
    const a = (i / petals) * Math.PI * 2 - Math.PI / 2;
    out.push({ d: circle(x + r * 1.15 * Math.cos(a), top + r * 1.15 * Math.sin(a), r * 0.85) });
  }
  out.push({ d: circle(x, top, r * 0.75) });
  return out;
}

/** A tuft of grass: three blades as an open line. */
export function grassTuft(x: number, ground: number, s: number): string {
  return line([
    [x - s * 0.5, ground - s * 0.7],
    [x - s * 0.2, ground],
    [x, ground - s],
    [x + s * 0.2, ground],
    [x + s * 0.5, ground - s * 0.7],
  ]);
}

/** A rounded hill from x0 to x1 rising to `top`, closed below the page. */
export function hill(x0: number, x1: number, base: number, top: number, pageBottom: number): string {
  const mid = (x0 + x1) / 2;
  return smoothOpen([[x0, base], [x0 + (mid - x0) * 0.45, top + (base - top) * 0.25], [mid, top], [x1 - (x1 - mid) * 0.45, top + (base - top) * 0.25], [x1, base]]) +
    `L${n(x1)} ${n(pageBottom)}L${n(x0)} ${n(pageBottom)}z`;
}

/** A mountain peak and its snow cap. */
export function mountain(cx: number, base: number, w: number, h: number, pageBottom: number): string[] {
  const peak: Point = [cx, base - h];
  const body = polygon([[cx - w / 2, base], peak, [cx + w / 2, base], [cx + w / 2, pageBottom], [cx - w / 2, pageBottom]]);
  const f = 0.3;
  const lx = cx - (w / 2) * f;
  const rx = cx + (w / 2) * f;
  const y = base - h * (1 - f);
  const cap = polygon([[lx, y], peak, [rx, y], [cx + w * 0.07, y + h * 0.06], [cx, y - h * 0.02], [cx - w * 0.08, y + h * 0.07]]);
  return [body, cap];
}

/** A swaying seaweed ribbon growing from `bottom`. */
export function seaweed(x: number, bottom: number, h: number, w: number, phase: number): string {
  const left: Point[] = [];
  const right: Point[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const cx = x + Math.sin(t * Math.PI * 2.2 + phase) * w * 0.9;
    const half = (w / 2) * (1 - t * 0.85);
    left.push([cx - half, bottom - t * h]);
    right.push([cx + half, bottom - t * h]);
  }
  return smoothClosed([...left, ...right.reverse()]);
}

/** A rounded rock. */
export function rock(cx: number, bottom: number, w: number, h: number, random: Random): string {
  return smoothClosed([
    [cx - w / 2, bottom],
    [cx - w * random.range(0.42, 0.5), bottom - h * 0.55],
    [cx - w * 0.15, bottom - h * random.range(0.9, 1)],
    [cx + w * 0.22, bottom - h * random.range(0.85, 1)],
    [cx + w * random.range(0.42, 0.5), bottom - h * 0.45],
    [cx + w / 2, bottom],
  ]);
}

/** A long pointed leaf from (x0, y0) to (x1, y1): [blade, midrib (open)]. */
export function leaf(x0: number, y0: number, x1: number, y1: number, width: number): Array<{ d: string; open?: boolean }> {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = Math.hypot(dx, dy) || 1;
  const nx = (-dy / len) * width;
  const ny = (dx / len) * width;
  const mx = x0 + dx * 0.45;
  const my = y0 + dy * 0.45;
  const blade = `M${n(x0)} ${n(y0)}Q${n(mx + nx)} ${n(my + ny)} ${n(x1)} ${n(y1)}Q${n(mx - nx)} ${n(my - ny)} ${n(x0)} ${n(y0)}z`;
  return [{ d: blade }, { d: line([[x0, y0], [x0 + dx * 0.8, y0 + dy * 0.8]]), open: true }];
}

/** A small mushroom: [stem, cap, spots...]. */
export function mushroom(x: number, ground: number, h: number, spots: boolean): string[] {
  const w = h * 1.1;
  const capBase = ground - h * 0.5;
  const out = [rect(x - w * 0.16, capBase - h * 0.05, w * 0.32, ground - capBase + h * 0.05, w * 0.08)];
  out.push(`M${n(x - w / 2)} ${n(capBase)}Q${n(x - w / 2)} ${n(ground - h * 1.05)} ${n(x)} ${n(ground - h * 1.05)}Q${n(x + w / 2)} ${n(ground - h * 1.05)} ${n(x + w / 2)} ${n(capBase)}z`);
  if (spots) out.push(circle(x - w * 0.18, capBase - h * 0.22, h * 0.09), circle(x + w * 0.2, capBase - h * 0.28, h * 0.07));
  return out;
}

/** A snowflake: three crossing strokes with small forks (open lines). */
export function snowflake(cx: number, cy: number, r: number, forks: boolean): string {
  let d = "";
  for (let i = 0; i < 3; i++) {
    const a = (i * Math.PI) / 3 + Math.PI / 2;
    const dx = Math.cos(a) * r;
    const dy = Math.sin(a) * r;
    d += line([[cx - dx, cy - dy], [cx + dx, cy + dy]]);
    if (forks) {
      for (const s of [-1, 1]) {
        const ex = cx + s * dx * 0.62;
        const ey = cy + s * dy * 0.62;
        for (const t of [-0.6, 0.6]) d += line([[ex + s * Math.cos(a + t) * r * 0.3, ey + s * Math.sin(a + t) * r * 0.3], [ex, ey]]);
      }
    }
  }
  return d;
}

/** A ringed planet: [ring behind, planet, ring in front], the ring tilted by `tilt` radians. */
export function ringedPlanet(cx: number, cy: number, r: number, tilt: number): string[] {
  const ring = (rx: number, ry: number, from: number, to: number): Point[] => {
    const pts: Point[] = [];
    for (let i = 0; i <= 24; i++) {
      const t = from + ((to - from) * i) / 24;
      const x = rx * Math.cos(t);
      const y = ry * Math.sin(t);
      pts.push([cx + x * Math.cos(tilt) - y * Math.sin(tilt), cy + x * Math.sin(tilt) + y * Math.cos(tilt)]);
    }
    return pts;
  };
  const band = (from: number, to: number): string => polygon([...ring(r * 1.75, r * 0.5, from, to), ...ring(r * 1.3, r * 0.3, to, from)]);
  return [band(Math.PI, Math.PI * 2), circle(cx, cy, r), band(0, Math.PI)];
}

/** A crescent moon: a disc with a bite taken out of it. */
export function crescent(cx: number, cy: number, r: number): string {
  const ox = cx + r * 0.5;
  const oy = cy - r * 0.2;
  const or = r * 0.85;
  const outer: Point[] = [];
  const inner: Point[] = [];
  const steps = 96;
  // Start opposite the bite so the kept arc of the outer circle is contiguous.
  const start = Math.atan2(oy - cy, ox - cx) + Math.PI;
  for (let i = 0; i <= steps; i++) {
    const a = start + (i / steps) * Math.PI * 2;
    const p: Point = [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    if (Math.hypot(p[0] - ox, p[1] - oy) >= or) outer.push(p);
    const b = Math.atan2(cy - oy, cx - ox) + Math.PI - (i / steps) * Math.PI * 2;
    const q: Point = [ox + or * Math.cos(b), oy + or * Math.sin(b)];
    if (Math.hypot(q[0] - cx, q[1] - cy) < r) inner.push(q);
  }
  return polygon([...outer, ...inner]);
}

/** A bush: a low cluster of round leaves. */
export function bush(cx: number, ground: number, w: number): string {
  const r = w * 0.22;
  return circleUnion([
    [cx - w * 0.3, ground - r * 0.8, r],
    [cx, ground - r * 1.3, r * 1.2],
    [cx + w * 0.3, ground - r * 0.8, r],
    [cx, ground - r * 0.5, r],
  ]);
}
