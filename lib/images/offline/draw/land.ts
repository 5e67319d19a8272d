import type { Random } from "../random";
import { n } from "../scene";
import { polygon, smoothClosed, smoothOpen } from "./basic";

/** Hills, mountains and rocks for backgrounds (page pixels). */

type Point = [number, number];

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
