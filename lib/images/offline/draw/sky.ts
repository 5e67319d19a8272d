import { circle, line, polygon } from "./basic";

/** Clouds, sun, moon, planets and snowflakes for backgrounds (page pixels). */

type Point = [number, number];

/** A fluffy cloud `w` wide: round bumps on top of a flat bottom at `bottom`, rounded ends. */
export function cloud(cx: number, bottom: number, w: number): string {
  const u = w / 100;
  const x0 = cx - 50 * u;
  const end = 14 * u;
  const bumps: Array<[number, number, number]> = [
    [x0 + end, bottom - end, end],
    [x0 + 36 * u, bottom - 20 * u, 20 * u],
    [x0 + 62 * u, bottom - 24 * u, 24 * u],
    [x0 + 100 * u - end, bottom - end, end],
  ];
  const outline: Point[] = [];
  for (let i = 0; i <= 60; i++) {
    const x = x0 + (i / 60) * 100 * u;
    let y = bottom - end;
    for (const [bx, by, r] of bumps) {
      const dx = Math.min(Math.abs(x - bx), r);
      if (Math.abs(x - bx) <= r + 1e-6) y = Math.min(y, by - Math.sqrt(r * r - dx * dx));
    }
    outline.push([x, y]);
  }
  for (let i = 1; i <= 8; i++) {
    const a = (i / 8) * (Math.PI / 2);
    outline.push([x0 + 100 * u - end + end * Math.cos(a), bottom - end + end * Math.sin(a)]);
  }
  for (let i = 0; i < 8; i++) {
    const a = Math.PI / 2 + (i / 8) * (Math.PI / 2);
    outline.push([x0 + end + end * Math.cos(a), bottom - end + end * Math.sin(a)]);
  }
  return polygon(outline);
}

/**
 * A sun: a disc, then `rays` short straight rays around it (open lines: small triangles would
 * be areas too small to color).
 */
export function sun(cx: number, cy: number, r: number, rays: number): string[] {
  const out = [circle(cx, cy, r)];
  for (let i = 0; i < rays; i++) {
    const a = (i / rays) * Math.PI * 2 + 0.2;
    // Rays start well clear of the disc: a short gap would read as an outline left open.
    out.push(line([[cx + r * 1.45 * Math.cos(a), cy + r * 1.45 * Math.sin(a)], [cx + r * 1.85 * Math.cos(a), cy + r * 1.85 * Math.sin(a)]]));
  }
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

/** Points along a circle from angle `from` to `to`, going the way that passes `via`. */
function arcPoints(cx: number, cy: number, r: number, from: number, to: number, via: number): Point[] {
  const turn = Math.PI * 2;
  const ccw = (((to - from) % turn) + turn) % turn;
  const viaCcw = (((via - from) % turn) + turn) % turn;
  const delta = viaCcw < ccw ? ccw : ccw - turn;
  const pts: Point[] = [];
  for (let i = 0; i <= 32; i++) {
    const a = from + (delta * i) / 32;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return pts;
}

/** A crescent moon: a disc of radius r with a bite taken out by an offset disc. */
export function crescent(cx: number, cy: number, r: number): string {
  const ox = cx + r * 0.5;
  const oy = cy - r * 0.25;
  const or = r * 0.85;
  const d = Math.hypot(ox - cx, oy - cy);
  const ux = (ox - cx) / d;
  const uy = (oy - cy) / d;
  const a = (r * r - or * or + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(0, r * r - a * a));
  const p1: Point = [cx + a * ux - h * uy, cy + a * uy + h * ux];
  const p2: Point = [cx + a * ux + h * uy, cy + a * uy - h * ux];
  const outer = arcPoints(cx, cy, r, Math.atan2(p1[1] - cy, p1[0] - cx), Math.atan2(p2[1] - cy, p2[0] - cx), Math.atan2(-uy, -ux));
  const inner = arcPoints(ox, oy, or, Math.atan2(p2[1] - oy, p2[0] - ox), Math.atan2(p1[1] - oy, p1[0] - ox), Math.atan2(-uy, -ux));
  return polygon([...outer, ...inner.slice(1, -1)]);
}
