import type { ArtRef } from "./art";
import { loadArt } from "./art";
import type { Random } from "./random";
import { boxesOverlap, overlapArea, type Box } from "./scene";

/** Subjects that belong in the air rather than on the ground. */
export const FLYING = new Set([
  "bird", "baby-chick", "butterfly", "honeybee", "airplane", "rocket", "flying-saucer", "comet", "satellite",
  "balloon", "kite", "eagle", "dove", "bat", "helicopter", "fairy", "ringed-planet",
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
  /** How many leading subjects the theme names: they are drawn nearly as big as the main one. */
  named: number;
}

export interface Placement {
  ref: ArtRef;
  box: Box;
  flip: boolean;
}

/** The size (larger side, in pixels) of the main subject for a count of subjects on a stage. */
function mainSize(count: number, stageW: number, stageH: number): number {
  const share = [0.68, 0.6, 0.52, 0.47, 0.44][Math.min(count, 5) - 1] ?? 0.44;
  return share * Math.min(stageW, stageH * 0.92);
}

function gap(a: Box, b: Box): number {
  const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), 0);
  const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height), 0);
  return Math.max(dx, dy);
}

/**
 * Places subjects large and apart: the main one biggest (near the centre when it is the only
 * one the theme names), the others around it, grounded ones standing in the ground band. Each
 * subject takes the best of many seeded candidates; when one does not fit, the whole layout is
 * tried again a little smaller, so the subjects keep their relative sizes.
 */
export function layoutSubjects(input: LayoutInput): Placement[] {
  let best: Placement[] = [];
  let scale = 1;
  for (let round = 0; round < 7; round++, scale *= 0.9) {
    const placed = tryLayout(input, scale, round === 6);
    if (placed.length === input.subjects.length) return placed;
    if (placed.length > best.length) best = placed;
  }
  return best;
}

function tryLayout(input: LayoutInput, scale: number, last: boolean): Placement[] {
  const { width, random, margin } = input;
  const stageW = width - 2 * margin;
  const stageH = input.bottom - input.top;
  const base = mainSize(input.subjects.length, stageW, stageH) * scale;
  const placed: Placement[] = [];
  const pad = width * 0.025;
  input.subjects.forEach((ref, i) => {
    const art = loadArt(ref);
    const bw = art.bounds.maxX - art.bounds.minX;
    const bh = art.bounds.maxY - art.bounds.minY;
    const share = i === 0 ? 1 : i < input.named ? 0.86 - i * 0.04 : 0.7 - i * 0.04;
    let size = base * share * random.range(0.94, 1.05);
    const grounded = input.groundY !== null && !FLYING.has(ref.name);
    for (let attempt = 0; attempt < (last ? 8 : 2); attempt++, size *= 0.88) {
      const w = (bw / Math.max(bw, bh)) * size;
      const h = (bh / Math.max(bw, bh)) * size;
      let best: { box: Box; score: number } | undefined;
      for (let c = 0; c < 160; c++) {
        const x = random.range(margin, width - margin - w);
        let y: number;
        if (grounded && input.groundY !== null) {
          const low = Math.max(input.groundY + (input.bottom - input.groundY) * 0.18, input.top + h);
          if (low > input.bottom) break;
          y = random.range(low, input.bottom) - h;
        } else {
          // Flying things stay in the sky of a grounded scene.
          const lowest = input.groundY === null ? input.bottom - h : Math.min(input.bottom - h, input.groundY - h * 0.4);
          if (input.top > lowest) break;
          y = random.range(input.top, lowest);
        }
        const box = { x, y, width: w, height: h };
        if (input.obstacles.some((o) => boxesOverlap(box, o, pad))) continue;
        if (placed.some((p) => boxesOverlap(box, p.box, pad))) continue;
        const padded = { x: x - pad, y: y - pad, width: w + 2 * pad, height: h + 2 * pad };
        const crowding = input.reserved.reduce((sum, r) => sum + overlapArea(padded, r), 0) / (w * h);
        // Keep well clear of the big props unless there is no other way.
        if (!last && crowding > 0.12) continue;
        const clearance = Math.min(width * 0.12, ...placed.map((p) => gap(box, p.box)));
        const centre = i === 0 && input.named < 2 ? Math.abs(x + w / 2 - width / 2) / width : 0;
        // The main subject stands in front, low on the page.
        const front = i === 0 && grounded && input.groundY !== null ? (y + h - input.groundY) / (input.bottom - input.groundY) : 0;
        const score = clearance / width - crowding * 2 - centre * 0.5 + front * 0.08 + random.next() * 0.01;
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
