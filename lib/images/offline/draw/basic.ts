import { n } from "../scene";

/** Small path builders for background shapes, all in page pixels. */
export function circle(cx: number, cy: number, r: number): string {
  return ellipse(cx, cy, r, r);
}

export function ellipse(cx: number, cy: number, rx: number, ry: number): string {
  return `M${n(cx - rx)} ${n(cy)}a${n(rx)} ${n(ry)} 0 1 0 ${n(2 * rx)} 0a${n(rx)} ${n(ry)} 0 1 0 ${n(-2 * rx)} 0z`;
}

export function rect(x: number, y: number, w: number, h: number, r = 0): string {
  if (r <= 0) return `M${n(x)} ${n(y)}h${n(w)}v${n(h)}h${n(-w)}z`;
  const q = Math.min(r, w / 2, h / 2);
  return (
    `M${n(x + q)} ${n(y)}h${n(w - 2 * q)}a${n(q)} ${n(q)} 0 0 1 ${n(q)} ${n(q)}v${n(h - 2 * q)}` +
    `a${n(q)} ${n(q)} 0 0 1 ${n(-q)} ${n(q)}h${n(-(w - 2 * q))}a${n(q)} ${n(q)} 0 0 1 ${n(-q)} ${n(-q)}` +
    `v${n(-(h - 2 * q))}a${n(q)} ${n(q)} 0 0 1 ${n(q)} ${n(-q)}z`
  );
}

export function polygon(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${n(x)} ${n(y)}`).join("") + "z";
}

export function line(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${n(x)} ${n(y)}`).join("");
}

/** A star with `points` tips; inner/outer radius ratio sets how spiky it is. */
export function star(cx: number, cy: number, r: number, points = 5, inner = 0.48, turn = 0): string {
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < points * 2; i++) {
    const a = turn - Math.PI / 2 + (i * Math.PI) / points;
    const rr = i % 2 === 0 ? r : r * inner;
    pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  return polygon(pts);
}

/** A smooth closed blob through points (Catmull-Rom turned into cubic Béziers). */
export function smoothClosed(points: ReadonlyArray<readonly [number, number]>): string {
  const p = points;
  const count = p.length;
  const at = (i: number): readonly [number, number] => p[((i % count) + count) % count] ?? [0, 0];
  let d = `M${n(at(0)[0])} ${n(at(0)[1])}`;
  for (let i = 0; i < count; i++) {
    const [x0, y0] = at(i - 1);
    const [x1, y1] = at(i);
    const [x2, y2] = at(i + 1);
    const [x3, y3] = at(i + 2);
    d += `C${n(x1 + (x2 - x0) / 6)} ${n(y1 + (y2 - y0) / 6)} ${n(x2 - (x3 - x1) / 6)} ${n(y2 - (y3 - y1) / 6)} ${n(x2)} ${n(y2)}`;
  }
  return `${d}z`;
}

/** A smooth open line through points. */
export function smoothOpen(points: ReadonlyArray<readonly [number, number]>): string {
  const count = points.length;
  const at = (i: number): readonly [number, number] => points[Math.max(0, Math.min(count - 1, i))] ?? [0, 0];
  let d = `M${n(at(0)[0])} ${n(at(0)[1])}`;
  for (let i = 0; i < count - 1; i++) {
    const [x0, y0] = at(i - 1);
    const [x1, y1] = at(i);
    const [x2, y2] = at(i + 1);
    const [x3, y3] = at(i + 2);
    d += `C${n(x1 + (x2 - x0) / 6)} ${n(y1 + (y2 - y0) / 6)} ${n(x2 - (x3 - x1) / 6)} ${n(y2 - (y3 - y1) / 6)} ${n(x2)} ${n(y2)}`;
  }
  return d;
}

/**
 * A band from a wavy top edge down to `bottom`, overflowing the page sides so that only the
 * wavy edge shows as a line.
 */
export function wavyRegion(width: number, y: number, amplitude: number, wavelength: number, bottom: number, phase = 0): string {
  return `${wavyLine(-60, width + 60, y, amplitude, wavelength, phase)}L${n(width + 60)} ${n(bottom)}L-60 ${n(bottom)}z`;
}

/** A short wave crest line from exactly x0 to about x1 (whole half-waves). */
export function waveCrest(x0: number, x1: number, y: number, amplitude: number, wavelength: number): string {
  const half = wavelength / 2;
  const count = Math.max(2, Math.round((x1 - x0) / half));
  let d = `M${n(x0)} ${n(y)}`;
  for (let i = 0; i < count; i++) d += `q${n(half / 2)} ${n((i % 2 === 0 ? -amplitude : amplitude) * 2)} ${n(half)} 0`;
  return d;
}

/** A sine-like line made of quadratic curves from before x0 to past x1. */
export function wavyLine(x0: number, x1: number, y: number, amplitude: number, wavelength: number, phase = 0): string {
  const half = wavelength / 2;
  let x = x0 - ((phase % 1) + 1) * wavelength;
  let d = `M${n(x)} ${n(y)}`;
  let up = true;
  while (x < x1) {
    d += `Q${n(x + half / 2)} ${n(y + (up ? -amplitude : amplitude) * 2)} ${n(x + half)} ${n(y)}`;
    x += half;
    up = !up;
  }
  return d;
}
