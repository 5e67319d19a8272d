import type { OfflineAgeProfile } from "../age-profile";
import type { Random } from "../random";
import type { SceneShape } from "../scene";
import { circle, petal, polar, scallops, zigzagRing } from "./shapes";

const MOTIFS = ["petals", "rounded", "double", "scallops", "zigzag", "dots"] as const;
type Motif = (typeof MOTIFS)[number];
const PALETTE = ["#ff8fab", "#ffc36b", "#8fd3ff", "#b9e88a", "#c9a7ff", "#ffe066", "#7ee0c3"];

export interface Rosette {
  cx: number;
  cy: number;
  /** The outer radius. */
  r: number;
  /** Radius of the plain disc left in the middle (for a subject), or 0 for a flower there. */
  hole: number;
  /** Base symmetry order: every ring repeats a multiple of it. */
  order: number;
}

/** How many motifs a ring holds: a multiple of the symmetry order, each at least `arc` long. */
function ringCount(order: number, radius: number, arc: number): number {
  let count = order;
  while (count * 2 * arc <= 2 * Math.PI * radius && count < order * 8) count *= 2;
  while (count > 4 && (2 * Math.PI * radius) / count < arc) count /= 2;
  return Math.max(4, Math.round(count));
}

function ringMotif(motif: Motif, cx: number, cy: number, r0: number, r1: number, count: number, turn: number, fill: string, cell: number): SceneShape[] {
  const step = (Math.PI * 2) / count;
  const out: SceneShape[] = [];
  const each = (make: (angle: number) => string, colour = fill): void => {
    for (let i = 0; i < count; i++) out.push({ d: make(turn + i * step), fill: colour });
  };
  const arcAtMid = ((r0 + r1) / 2) * step;
  switch (motif) {
    case "petals":
    case "rounded":
      each((a) => petal(cx, cy, r0, r1, a, step * 0.98, motif === "rounded"));
      break;
    case "double": {
      each((a) => petal(cx, cy, r0, r1, a, step * 0.98, false));
      // The inner petal only where it leaves enough room to color on both sides.
      if (arcAtMid * 0.35 >= cell && r1 - r0 >= cell * 3) each((a) => petal(cx, cy, r0 + (r1 - r0) * 0.3, r1 - (r1 - r0) * 0.22, a, step * 0.42, true), "#ffffff");
      break;
    }
    case "scallops":
      out.push({ d: scallops(cx, cy, r0 + (r1 - r0) * 0.08, r1 - (r1 - r0) * 0.08, count, turn), fill });
      break;
    case "zigzag":
      out.push({ d: zigzagRing(cx, cy, r0, r1, count, turn), fill });
      break;
    case "dots": {
      const rr = Math.min((r1 - r0) * 0.32, arcAtMid * 0.3);
      each((a) => {
        const [x, y] = polar(cx, cy, (r0 + r1) / 2, a);
        return circle(x, y, rr);
      });
      break;
    }
  }
  return out;
}

/**
 * A mandala: concentric rings of petals, scallops, zigzags and dots around a flower (or a plain
 * disc for a subject), with radial symmetry. Ring widths and motif sizes never go below the
 * age's pattern cell, so every area stays big enough to color.
 */
export function rosetteShapes(rosette: Rosette, profile: OfflineAgeProfile, random: Random, maxRings = profile.rings): SceneShape[] {
  const { cx, cy, r, order } = rosette;
  const cell = profile.cell;
  const inner = rosette.hole > 0 ? rosette.hole : Math.max(cell * 1.6, r * 0.12);
  const rings = Math.max(1, Math.min(maxRings, Math.floor((r - inner) / (cell * 1.6))));
  const weights = Array.from({ length: rings }, () => random.range(0.8, 1.3));
  const total = weights.reduce((s, w) => s + w, 0);
  const edges = [inner];
  for (const w of weights) edges.push((edges[edges.length - 1] ?? inner) + ((r - inner) * w) / total);
  edges[rings] = r;
  const turn0 = random.range(0, Math.PI);
  const motifs = random.shuffle(MOTIFS);
  const colour = (i: number): string => PALETTE[i % PALETTE.length] ?? "#ffe066";
  // Painted from the outside in: each ring's disc covers nothing of the rings outside it.
  const out: SceneShape[] = [];
  for (let i = rings - 1; i >= 0; i--) {
    const r0 = edges[i] ?? inner;
    const r1 = edges[i + 1] ?? r;
    const count = ringCount(order, (r0 + r1) / 2, cell * 1.7);
    out.push({ d: circle(cx, cy, r1), fill: colour(i * 3 + 1) });
    out.push(...ringMotif(motifs[i % motifs.length] ?? "petals", cx, cy, r0, r1, count, turn0 + (i % 2 === 0 ? 0 : Math.PI / count), colour(i * 3 + 2), cell));
  }
  out.push({ d: circle(cx, cy, inner), fill: rosette.hole > 0 ? "#ffffff" : colour(5) });
  if (rosette.hole === 0 && inner >= cell * 2.4) {
    const petals = ringCount(order, inner * 0.6, cell * 1.2);
    for (let i = 0; i < petals; i++) out.push({ d: petal(cx, cy, inner * 0.32, inner * 0.92, turn0 + (i / petals) * Math.PI * 2, ((Math.PI * 2) / petals) * 0.95, true), fill: colour(0) });
    out.push({ d: circle(cx, cy, inner * 0.32), fill: colour(1) });
  }
  return out;
}
