import type { PageFrame } from "../page-frame";
import type { PagePlan } from "../plan";
import { n, type Box, type SceneLayer, type SceneShape } from "../scene";
import { designArea, frameLayers } from "./area";
import { rosetteShapes } from "./mandala";
import { circle, closedPolygon, petal, polar } from "./shapes";
import { subjectLayer } from "./subject";

const TINTS = ["#ffd6a5", "#caffbf", "#9bf6ff", "#bdb2ff", "#ffc6ff"];

function rect(b: Box): string {
  return `M${n(b.x)} ${n(b.y)}H${n(b.x + b.width)}V${n(b.y + b.height)}H${n(b.x)}z`;
}

/** The border band cut into square tiles, each holding a flower (floral) or a diamond and a dot (geometric). */
function band(outer: Box, inner: Box, size: number, floral: boolean): SceneShape[] {
  const out: SceneShape[] = [];
  const tile = (x: number, y: number, w: number, h: number, k: number): void => {
    out.push({ d: rect({ x, y, width: w, height: h }), fill: TINTS[k % TINTS.length] ?? "#ffd6a5" });
    const cx = x + w / 2;
    const cy = y + h / 2;
    const r = Math.min(w, h) * 0.38;
    if (floral) {
      for (let p = 0; p < 4; p++) out.push({ d: petal(cx, cy, r * 0.25, r, (p * Math.PI) / 2 + Math.PI / 4, 1.3, true), fill: "#ff8fab" });
      out.push({ d: circle(cx, cy, r * 0.3), fill: "#ffe066" });
    } else {
      out.push({ d: closedPolygon([[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]]), fill: "#8fd3ff" });
      out.push({ d: circle(cx, cy, r * 0.32), fill: "#ffe066" });
    }
  };
  const along = (from: number, to: number, place: (at: number, len: number, k: number) => void): void => {
    const count = Math.max(1, Math.round((to - from) / size));
    const len = (to - from) / count;
    for (let k = 0; k < count; k++) place(from + k * len, len, k);
  };
  along(outer.x, outer.x + outer.width, (x, len, k) => tile(x, outer.y, len, inner.y - outer.y, k));
  along(outer.x, outer.x + outer.width, (x, len, k) => tile(x, inner.y + inner.height, len, outer.y + outer.height - inner.y - inner.height, k + 1));
  along(inner.y, inner.y + inner.height, (y, len, k) => tile(outer.x, y, inner.x - outer.x, len, k + 2));
  along(inner.y, inner.y + inner.height, (y, len, k) => tile(inner.x + inner.width, y, outer.x + outer.width - inner.x - inner.width, len, k + 3));
  return out;
}

/**
 * Rays and rings around the subject: a sunburst of cells to color behind it. The rays start on
 * the first ring, where neighbouring rays are still a couple of cells apart (rays meeting at a
 * point would leave slivers and line ends too close to each other).
 */
function sunburst(inner: Box, cx: number, cy: number, cell: number): SceneShape[] {
  const reach = Math.hypot(Math.max(cx - inner.x, inner.x + inner.width - cx), Math.max(cy - inner.y, inner.y + inner.height - cy));
  const rays = Math.max(12, Math.min(48, Math.round((2 * Math.PI * reach * 0.35) / (cell * 3)) * 2));
  const first = Math.max(cell * 5, (rays * cell * 2.2) / (2 * Math.PI));
  let d = "";
  for (let k = 0; k < rays; k++) {
    const [x0, y0] = polar(cx, cy, first, (k / rays) * Math.PI * 2);
    const [x, y] = polar(cx, cy, reach, (k / rays) * Math.PI * 2);
    d += `M${n(x0)} ${n(y0)}L${n(x)} ${n(y)}`;
  }
  for (let r = first; r < reach; r += cell * 4.5) d += circle(cx, cy, r);
  return [{ d, fill: "none", line: "open" }];
}

/**
 * A subject framed by pattern: the theme's subject large in the middle with patterns in its
 * shapes (an owl with patterned feathers), a second named subject below it, small repeats in
 * the corners for a plural theme, over a sunburst or a garden of rosettes, inside a tiled border.
 */
export function framedPage(plan: PagePlan, frame: PageFrame): SceneLayer[] {
  const { profile, random, unit } = frame;
  const area = designArea(frame);
  const bandSize = Math.max(profile.cell * 3.2, unit * 60);
  const inner = { x: area.x + bandSize, y: area.y + bandSize, width: area.width - 2 * bandSize, height: area.height - 2 * bandSize };
  const floral = plan.motif === "floral";
  const [main, second] = [plan.subjects[0], plan.subjects.find((s, i) => i > 0 && s.name !== plan.subjects[0]?.name)];
  const repeats = plan.subjects.filter((s, i) => i > 0 && s.name === main?.name).length;
  const pad = inner.width * 0.06;
  const mainRoom: Box = second
    ? { x: inner.x + pad, y: inner.y + pad, width: inner.width - 2 * pad, height: inner.height * 0.6 }
    : { x: inner.x + pad * 1.5, y: inner.y + pad * 1.5, width: inner.width - 3 * pad, height: inner.height - 3 * pad };
  const cx = mainRoom.x + mainRoom.width / 2;
  const cy = mainRoom.y + mainRoom.height / 2;
  const background: SceneShape[] = floral
    ? [[inner.x, inner.y], [inner.x + inner.width, inner.y], [inner.x, inner.y + inner.height], [inner.x + inner.width, inner.y + inner.height]].flatMap(([x, y]) =>
        rosetteShapes({ cx: x ?? 0, cy: y ?? 0, r: inner.width * 0.42, hole: 0, order: 8 }, profile, random, Math.ceil(profile.rings / 2)),
      )
    : sunburst(inner, cx, cy, profile.cell);
  // The background reaches past the inner frame: the border's tiles and the mat cover the rest.
  const layers: SceneLayer[] = [
    { kind: "shapes", line: profile.detailLine, shapes: background },
    { kind: "shapes", line: profile.detailLine, shapes: band(area, inner, bandSize, floral) },
    ...frameLayers(frame, area, 0),
    { kind: "shapes", line: profile.line, shapes: [{ d: rect(inner), fill: "none", line: "open" }] },
  ];
  if (main) layers.push(subjectLayer(main, mainRoom, frame, "fine"));
  if (second) layers.push(subjectLayer(second, { x: inner.x + inner.width * 0.25, y: inner.y + inner.height * 0.64, width: inner.width * 0.5, height: inner.height * 0.32 }, frame, "fine"));
  if (main && repeats > 0) {
    const size = inner.width * 0.2;
    const corners: Array<[number, number]> = [[inner.x, inner.y], [inner.x + inner.width - size, inner.y], [inner.x, inner.y + inner.height - size], [inner.x + inner.width - size, inner.y + inner.height - size]];
    for (const [x, y] of corners.slice(0, repeats)) layers.push(subjectLayer(main, { x: x + size * 0.08, y: y + size * 0.08, width: size * 0.84, height: size * 0.84 }, frame, "none"));
  }
  return layers;
}
