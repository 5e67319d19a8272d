import type { Random } from "../random";
import { n } from "../scene";
import { circle, line, polygon, rect, smoothClosed } from "./basic";

/** Trees, flowers, grass, leaves and other growing things for backgrounds (page pixels). */

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

/**
 * A tuft of grass: three pointed blades drawn as one outline, so no sliver opens where blades
 * would overlap.
 */
export function grassTuft(x: number, ground: number, s: number): string[] {
  const p = (dx: number, up: number): string => `${n(x + dx * s)} ${n(ground - up * s)}`;
  return [
    `M${p(-0.42, 0)}Q${p(-0.4, 0.4)} ${p(-0.58, 0.75)}Q${p(-0.24, 0.5)} ${p(-0.13, 0.3)}Q${p(-0.1, 0.7)} ${p(0, 1)}` +
      `Q${p(0.1, 0.7)} ${p(0.13, 0.3)}Q${p(0.24, 0.5)} ${p(0.58, 0.75)}Q${p(0.4, 0.4)} ${p(0.42, 0)}z`,
  ];
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
  // The midrib stops well short of the tip, where the blade's edges close in.
  return [{ d: blade }, { d: line([[x0, y0], [x0 + dx * 0.65, y0 + dy * 0.65]]), open: true }];
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

/** A small mushroom: [stem, cap, spots...]. */
export function mushroom(x: number, ground: number, h: number, spots: boolean): string[] {
  const w = h * 1.1;
  const capBase = ground - h * 0.5;
  const out = [rect(x - w * 0.16, capBase - h * 0.05, w * 0.32, ground - capBase + h * 0.05, w * 0.08)];
  out.push(`M${n(x - w / 2)} ${n(capBase)}Q${n(x - w / 2)} ${n(ground - h * 1.05)} ${n(x)} ${n(ground - h * 1.05)}Q${n(x + w / 2)} ${n(ground - h * 1.05)} ${n(x + w / 2)} ${n(capBase)}z`);
  if (spots) out.push(circle(x - w * 0.18, capBase - h * 0.22, h * 0.09), circle(x + w * 0.2, capBase - h * 0.28, h * 0.07));
  return out;
}

/** A swaying seaweed ribbon growing from `bottom`. */
export function seaweed(x: number, bottom: number, h: number, w: number, phase: number): string {
  const left: Point[] = [];
  const right: Point[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const cx = x + Math.sin(t * Math.PI * 1.6 + phase) * w * 0.55;
    const half = (w / 2) * (1 - t * 0.75);
    left.push([cx - half, bottom - t * h]);
    right.push([cx + half, bottom - t * h]);
  }
  return smoothClosed([...left, ...right.reverse()]);
}
