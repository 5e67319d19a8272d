import type { OfflineAgeProfile } from "../age-profile";
import type { PageFrame } from "../page-frame";
import type { PagePlan } from "../plan";
import type { Random } from "../random";
import { n, type Box, type SceneLayer, type SceneShape } from "../scene";
import { designArea, frameLayers } from "./area";
import { circle, closedPolygon, petal, type Point } from "./shapes";

const COLORS = ["#ff8fab", "#ffc36b", "#8fd3ff", "#b9e88a", "#c9a7ff"];
const TILINGS = ["honeycomb", "truchet", "circles", "diamonds"] as const;

/** Centres of a grid covering `box` with spacing `w`×`h`, odd rows shifted by `shift`. */
function grid(box: Box, w: number, h: number, shift: number): Point[] {
  const out: Point[] = [];
  for (let row = -1; row * h <= box.height + h; row++) {
    for (let col = -1; col * w <= box.width + w; col++) out.push([box.x + col * w + (row % 2 === 0 ? 0 : shift), box.y + row * h]);
  }
  return out;
}

function hexagon(x: number, y: number, r: number, turn: number): string {
  return closedPolygon(Array.from({ length: 6 }, (_, k): Point => [x + r * Math.cos(turn + (k * Math.PI) / 3), y + r * Math.sin(turn + (k * Math.PI) / 3)]));
}

/** A geometric tiling: honeycomb with nested hexagons, Truchet arcs, interlaced circles or a lattice of diamonds. */
function geometric(box: Box, tile: number, random: Random): SceneShape[] {
  const kind = random.pick(TILINGS);
  const out: SceneShape[] = [];
  if (kind === "honeycomb") {
    const r = tile / 2;
    for (const [x, y] of grid(box, Math.sqrt(3) * r, r * 1.5, (Math.sqrt(3) * r) / 2)) {
      out.push({ d: hexagon(x, y, r, Math.PI / 6), fill: COLORS[0] ?? "#ff8fab" }, { d: hexagon(x, y, r * 0.52, 0), fill: COLORS[2] ?? "#8fd3ff" });
    }
  } else if (kind === "truchet") {
    // Each square holds two quarter arcs joining the midpoints of its sides, turned at random.
    const h = tile / 2;
    let d = "";
    for (const [x, y] of grid(box, tile, tile, 0)) {
      if (random.chance(0.5)) d += `M${n(x + h)} ${n(y)}A${n(h)} ${n(h)} 0 0 1 ${n(x + tile)} ${n(y + h)}M${n(x)} ${n(y + h)}A${n(h)} ${n(h)} 0 0 0 ${n(x + h)} ${n(y + tile)}`;
      else d += `M${n(x + h)} ${n(y)}A${n(h)} ${n(h)} 0 0 0 ${n(x)} ${n(y + h)}M${n(x + tile)} ${n(y + h)}A${n(h)} ${n(h)} 0 0 1 ${n(x + h)} ${n(y + tile)}`;
    }
    out.push({ d, fill: "none", line: "open" });
  } else if (kind === "circles") {
    const r = tile / 2;
    let d = "";
    for (const [x, y] of grid(box, tile, tile, 0)) d += circle(x, y, r) + circle(x + r, y + r, r);
    out.push({ d, fill: "none", line: "open" });
  } else {
    let d = "";
    const s = tile * 0.75;
    for (const [x, y] of grid(box, s * 2, s, s)) d += closedPolygon([[x, y - s], [x + s, y], [x, y + s], [x - s, y]]);
    out.push({ d, fill: "none", line: "open" });
    for (const [x, y] of grid(box, s * 2, s, s)) out.push({ d: circle(x, y, s * 0.3), fill: COLORS[1] ?? "#ffc36b" });
  }
  return out;
}

/** Flowers on a staggered grid, with two leaves between neighbours. */
function floral(box: Box, spacing: number, profile: OfflineAgeProfile, random: Random): SceneShape[] {
  const out: SceneShape[] = [];
  const leaves: SceneShape[] = [];
  const rowH = spacing * 0.87;
  for (const [x, y] of grid(box, spacing, rowH, spacing / 2)) {
    const rr = spacing * random.range(0.3, 0.36);
    const count = random.pick([5, 6, 8]);
    const turn = random.range(0, Math.PI);
    const step = (Math.PI * 2) / count;
    for (const a of [0, Math.PI / 3]) {
      const lx = x + Math.cos(a) * spacing * 0.5;
      const ly = y + Math.sin(a) * spacing * 0.5;
      leaves.push({ d: petal(lx - Math.cos(a + 0.9) * spacing * 0.11, ly - Math.sin(a + 0.9) * spacing * 0.11, 0, spacing * 0.22, a + 0.9, 0.9, false), fill: "#b9e88a" });
    }
    for (let k = 0; k < count; k++) out.push({ d: petal(x, y, rr * 0.3, rr, turn + k * step, step * 0.9, true), fill: COLORS[(k % 2) * 4] ?? "#ff8fab" });
    out.push({ d: circle(x, y, Math.max(rr * 0.34, profile.cell * 0.8)), fill: COLORS[1] ?? "#ffc36b" });
  }
  return [...leaves, ...out];
}

/** An all-over pattern in a rounded frame: geometric tiles or flowers and leaves. */
export function patternPage(plan: PagePlan, frame: PageFrame): SceneLayer[] {
  const { profile, random, unit } = frame;
  const area = designArea(frame);
  const round = unit * 40;
  const shapes = plan.motif === "floral" ? floral(area, profile.cell * 5.5, profile, random) : geometric(area, profile.cell * 3.4, random);
  return [{ kind: "shapes", line: profile.detailLine, shapes }, ...frameLayers(frame, area, round)];
}
