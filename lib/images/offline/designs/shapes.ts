import { n } from "../scene";

/** Path builders for designs, in page pixels: polar points, rings of motifs, frames. */
export type Point = [number, number];

export function polar(cx: number, cy: number, r: number, angle: number): Point {
  return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
}

export function circle(cx: number, cy: number, r: number): string {
  return `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0z`;
}

export function closedPolygon(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${n(x)} ${n(y)}`).join("") + "z";
}

/** A rectangle with rounded corners as a closed path. */
export function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  const q = Math.min(r, w / 2, h / 2);
  return (
    `M${n(x + q)} ${n(y)}H${n(x + w - q)}A${n(q)} ${n(q)} 0 0 1 ${n(x + w)} ${n(y + q)}V${n(y + h - q)}` +
    `A${n(q)} ${n(q)} 0 0 1 ${n(x + w - q)} ${n(y + h)}H${n(x + q)}A${n(q)} ${n(q)} 0 0 1 ${n(x)} ${n(y + h - q)}V${n(y + q)}A${n(q)} ${n(q)} 0 0 1 ${n(x + q)} ${n(y)}z`
  );
}

/**
 * A petal pointing outwards from radius r0 to r1 at `angle`, `width` radians wide at its widest:
 * pointed ("lens") or rounded at the tip.
 */
export function petal(cx: number, cy: number, r0: number, r1: number, angle: number, width: number, rounded: boolean): string {
  const base = polar(cx, cy, r0, angle);
  const tip = polar(cx, cy, r1, angle);
  const mid = r0 + (r1 - r0) * (rounded ? 0.62 : 0.45);
  const left = polar(cx, cy, mid, angle - width / 2);
  const right = polar(cx, cy, mid, angle + width / 2);
  if (rounded) {
    const lt = polar(cx, cy, r1, angle - width * 0.3);
    const rt = polar(cx, cy, r1, angle + width * 0.3);
    return `M${n(base[0])} ${n(base[1])}Q${n(left[0])} ${n(left[1])} ${n((left[0] + lt[0]) / 2)} ${n((left[1] + lt[1]) / 2)}` +
      `Q${n(lt[0])} ${n(lt[1])} ${n(tip[0])} ${n(tip[1])}Q${n(rt[0])} ${n(rt[1])} ${n((right[0] + rt[0]) / 2)} ${n((right[1] + rt[1]) / 2)}` +
      `Q${n(right[0])} ${n(right[1])} ${n(base[0])} ${n(base[1])}z`;
  }
  const c1 = polar(cx, cy, mid, angle - width * 0.62);
  const c2 = polar(cx, cy, mid, angle + width * 0.62);
  return `M${n(base[0])} ${n(base[1])}Q${n(c1[0])} ${n(c1[1])} ${n(tip[0])} ${n(tip[1])}Q${n(c2[0])} ${n(c2[1])} ${n(base[0])} ${n(base[1])}z`;
}

/** A scalloped ring edge: `count` arcs bulging outwards from radius r0 to about r1. */
export function scallops(cx: number, cy: number, r0: number, r1: number, count: number, turn: number): string {
  let d = "";
  for (let i = 0; i < count; i++) {
    const a0 = turn + (i / count) * Math.PI * 2;
    const a1 = turn + ((i + 1) / count) * Math.PI * 2;
    const p0 = polar(cx, cy, r0, a0);
    const p1 = polar(cx, cy, r0, a1);
    const c = polar(cx, cy, r0 + (r1 - r0) * 2, (a0 + a1) / 2);
    d += `${i === 0 ? `M${n(p0[0])} ${n(p0[1])}` : ""}Q${n(c[0])} ${n(c[1])} ${n(p1[0])} ${n(p1[1])}`;
  }
  return `${d}z`;
}

/** A zigzag band between two radii: `count` triangles pointing out. */
export function zigzagRing(cx: number, cy: number, r0: number, r1: number, count: number, turn: number): string {
  const points: Point[] = [];
  for (let i = 0; i < count * 2; i++) points.push(polar(cx, cy, i % 2 === 0 ? r0 : r1, turn + (i / (count * 2)) * Math.PI * 2));
  return closedPolygon(points);
}
