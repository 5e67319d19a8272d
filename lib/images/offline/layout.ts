import type { ArtRef } from "./art";
import { loadArt } from "./art";
import type { Random } from "./random";
import { boxesOverlap, overlapArea, type Box } from "./scene";

/** Subjects that belong in the air rather than on the ground. */
const FLYING = new Set([
  "bird", "baby-chick", "butterfly", "honeybee", "airplane", "rocket", "flying-saucer", "comet", "satellite",
  "balloon", "kite", "eagle", "dove", "owl", "parrot", "bat", "helicopter", "fairy", "lady-beetle",
]);

export interface LayoutInput {
  subjects: readonly ArtRef[];
  width: number;
  height: number;
  /** The stage: subjects stay between these lines and inside the side margins. */
  top: number;
  bottom: number;
  margin: number;
  /** Grounded subjects have their feet below this line; null when everything floats. */
  groundY: number | null;
  /** Boxes nothing may overlap (the reference inset). */
  obstacles: readonly Box[];
  /** Boxes to keep clear of when possible (sun, palm tree). */
  reserved: readonly Box[];
  random: Random;
}

export interface Placement {
  ref: ArtRef;
  box: Box;
  flip: boolean;
}

/** The size (larger side, in pixels) of the main subject for a count of subjects on a stage. */
function mainSize(count: number, stageW: number, stageH: number): number {
  const share = [0.66, 0.56, 0.48, 0.43, 0.4][Math.min(count, 5) - 1] ?? 0.4;
  return share * Math.min(stageW, stageH * 0.92);
}

function gap(a: Box, b: Box): number {
  const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), 0);
  const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height), 0);
  return Math.max(dx, dy);
}

/**
 * Places subjects large and apart: the main one biggest and near the centre, the others around
 * it, grounded ones standing in the ground band. Best of many seeded candidates; a subject that
 * does not fit shrinks, and is left out only as a last resort.
 */
export function layoutSubjects(input: LayoutInput): Placement[] {
  const { width, random, margin } = input;
  const stageW = width - 2 * margin;
  const stageH = input.bottom - input.top;
  const base = mainSize(input.subjects.length, stageW, stageH);
  const placed: Placement[] = [];
  const pad = width * 0.025;
  input.subjects.forEach((ref, i) => {
    const art = loadArt(ref);
    const bw = art.bounds.maxX - art.bounds.minX;
    const bh = art.bounds.maxY - art.bounds.minY;
    let size = i === 0 ? base * random.range(0.96, 1.04) : base * (0.7 - i * 0.04) * random.range(0.92, 1.06);
    const grounded = input.groundY !== null && !FLYING.has(ref.name);
    for (let attempt = 0; attempt < 8; attempt++, size *= 0.88) {
      const w = (bw / Math.max(bw, bh)) * size;
      const h = (bh / Math.max(bw, bh)) * size;
      let best: { box: Box; score: number } | undefined;
      for (let c = 0; c < 160; c++) {
        const x = random.range(margin, width - margin - w);
        let y: number;
        if (grounded && input.groundY !== null) {
          const low = Math.max(input.groundY + (input.bottom - input.groundY) * 0.3, input.top + h);
          if (low > input.bottom) break;
          y = random.range(low, input.bottom) - h;
        } else {
          if (input.top > input.bottom - h) break;
          y = random.range(input.top, input.bottom - h);
        }
        const box = { x, y, width: w, height: h };
        if (input.obstacles.some((o) => boxesOverlap(box, o, pad))) continue;
        if (placed.some((p) => boxesOverlap(box, p.box, pad))) continue;
        const clearance = Math.min(width * 0.12, ...placed.map((p) => gap(box, p.box)));
        const crowding = input.reserved.reduce((sum, r) => sum + overlapArea(box, r), 0) / (w * h);
        const centre = i === 0 ? Math.abs(x + w / 2 - width / 2) / width : 0;
        const low = grounded ? 0 : Math.abs(y + h / 2 - (input.top + input.bottom) / 2) / stageH;
        const score = clearance / width - crowding * 0.6 - centre * 0.5 - low * 0.1 + random.next() * 0.01;
        if (!best || score > best.score) best = { box, score };
      }
      if (best) {
        placed.push({ ref, box: best.box, flip: random.chance(0.5) });
        return;
      }
    }
  });
  return placed;
}
