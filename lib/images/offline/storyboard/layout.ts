import { loadArt } from "../art";
import type { Random } from "../random";
import { overlapArea, type Box } from "../scene";
import type { StorySubject } from "./subjects";

/** How the camera frames the subjects. */
export type Framing = "medium" | "close" | "wide";

export interface FrameLayoutInput {
  subjects: readonly StorySubject[];
  /** The picture area (between letterbox bars), in its own pixels. */
  width: number;
  height: number;
  /** Where the ground starts in the picture; null when nothing stands on ground. */
  groundY: number | null;
  framing: Framing;
  /** Which third holds the main subject: -1 left, 1 right, 0 centre. */
  side: -1 | 0 | 1;
  /** Mirror every subject (another camera angle). */
  mirror: boolean;
  /** Big background props to keep clear of when possible. */
  reserved: readonly Box[];
  /** Where portraits end and grounded subjects stand at the lowest (above a caption); the picture's bottom by default. */
  floor?: number;
  /** The largest share of a secondary subject that may hide behind others; a more crowded one is left out. */
  maxOverlap: number;
  random: Random;
}

export interface PlacedSubject {
  subject: StorySubject;
  box: Box;
  flip: boolean;
  /** Stands on the ground (gets a contact shadow). */
  grounded: boolean;
}

function artSize(name: string, size: number): { w: number; h: number } {
  const b = loadArt({ name }).bounds;
  const bw = b.maxX - b.minX || 1;
  const bh = b.maxY - b.minY || 1;
  const k = size / Math.max(bw, bh);
  return { w: bw * k, h: bh * k };
}

/** The main subject's larger side for a framing and a picture shape. */
function mainSize(framing: Framing, W: number, H: number): number {
  const portrait = H > W * 1.15;
  if (framing === "close") return portrait ? Math.min(H * 0.95, W * 1.25) : Math.min(H * 1.08, W * 0.9);
  if (framing === "wide") return portrait ? Math.min(H * 0.16, W * 0.36) : Math.min(H * 0.27, W * 0.2);
  return portrait ? Math.min(H * 0.42, W * 0.86) : Math.min(H * 0.58, W * 0.44);
}

/**
 * A storyboard composition: the main subject on a third (or centred in a tall frame), big or
 * small by framing, standing in the ground band or floating; the other subjects smaller, further
 * back and on the other side; a planet-like backdrop huge in the opposite corner. Seeded.
 */
export function layoutFrame(input: FrameLayoutInput): PlacedSubject[] {
  const { width: W, height: H, groundY, framing, side, random, subjects } = input;
  const floor = Math.min(H, input.floor ?? H);
  const margin = Math.min(W, H) * 0.04;
  const placed: PlacedSubject[] = [];
  const main = subjects[0];
  if (!main) return placed;
  const S = mainSize(framing, W, H) * random.range(0.93, 1.04);
  const { w, h } = artSize(main.name, S);
  const grounded = groundY !== null && !main.floating;
  const cx = W * (0.5 + side * (framing === "close" ? 0.14 : 0.17)) + W * random.range(-0.025, 0.025);
  let box: Box;
  if (framing === "close") {
    const top = H * random.range(0.08, 0.14);
    box = { x: cx - w / 2, y: top, width: w, height: h };
  } else if (main.bust) {
    // A portrait stands on the frame's bottom edge, like a presenter in a medium shot.
    const k = framing === "wide" ? 1 : Math.min(1.25, (H * 0.72) / h, (W * 0.8) / w);
    box = { x: cx - (w * k) / 2, y: floor - h * k * 0.97, width: w * k, height: h * k };
  } else if (grounded && groundY !== null) {
    let feet = groundY + (H - groundY) * random.range(0.5, 0.72);
    let ww = w;
    let hh = h;
    feet = Math.min(feet, floor - margin);
    if (feet - hh < margin) {
      const k = (feet - margin) / hh;
      ww *= k;
      hh *= k;
    }
    box = { x: cx - ww / 2, y: feet - hh, width: ww, height: hh };
  } else {
    const cy = H * (groundY === null ? 0.5 : 0.44) + H * random.range(-0.04, 0.04);
    box = { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
  }
  const mainFlip = random.chance(0.5) !== input.mirror;
  placed.push({ subject: main, box, flip: mainFlip, grounded: grounded && framing !== "close" && !main.bust });
  const mainBox = box;
  const mainFeet = box.y + box.height;

  const others = subjects.slice(1);
  const backdropShare = framing === "wide" ? 0.55 : framing === "close" ? 1.1 : 0.85;
  others.forEach((subject) => {
    if (subject.backdrop) {
      // A planet or the sun, huge and half out of frame in the emptiest corner away from the main subject.
      const size = Math.min(W, H) * backdropShare * random.range(0.95, 1.05);
      const spots: Array<[number, number]> = [[0.08, 0.12], [0.92, 0.12], ...(groundY === null ? ([[0.08, 0.9], [0.92, 0.9]] as Array<[number, number]>) : [])];
      let best: { box: Box; score: number } | undefined;
      for (const [fx, fy] of spots) {
        const candidate = { x: W * fx - size / 2, y: H * fy - size / 2, width: size, height: size };
        const area = size * size;
        const clutter = input.reserved.reduce((sum, r) => sum + overlapArea(candidate, r), 0) / area;
        const score = -overlapArea(candidate, mainBox) / area * 3 - clutter + (side === 0 ? 0 : (fx - 0.5) * -side) + random.next() * 0.05;
        if (!best || score > best.score) best = { box: candidate, score };
      }
      if (best) placed.unshift({ subject, box: best.box, flip: false, grounded: false });
      return;
    }
    const closeUp = framing === "close";
    const share = framing === "wide" ? random.range(0.65, 0.9) : subject.named ? random.range(0.55, 0.68) : random.range(0.36, 0.46);
    const size = S * share * (closeUp ? 0.8 : 1);
    const standing = groundY !== null && !subject.floating && !subject.bust;
    const portrait = subject.bust && !closeUp;
    let best: { box: Box; score: number } | undefined;
    for (let c = 0; c < 90; c++) {
      let s = size;
      let y: number;
      if (closeUp) {
        // Over-the-shoulder: the next subject cut by the opposite edge.
        const dims = artSize(subject.name, s);
        const x = side === 0 ? random.range(-dims.w * 0.4, W - dims.w * 0.6) : side > 0 ? -dims.w * random.range(0.25, 0.45) : W - dims.w * random.range(0.55, 0.75);
        y = H - dims.h * random.range(0.7, 0.9);
        const candidate = { x, y, width: dims.w, height: dims.h };
        const score = -overlapArea(candidate, mainBox) / (dims.w * dims.h) + random.next() * 0.05;
        if (!best || score > best.score) best = { box: candidate, score };
        continue;
      }
      let feet = 0;
      if (portrait) {
        // Another portrait: also on the bottom edge, in the other part of the frame.
        s = size * 1.2;
      } else if (standing && groundY !== null) {
        const back = groundY + (H - groundY) * 0.06;
        const front = Math.max(back + 1, Math.min(floor - margin, mainFeet - (H - groundY) * 0.04));
        feet = random.range(back, front);
        // Further back is smaller.
        const depth = (feet - groundY) / Math.max(1, mainFeet - groundY);
        s = size * (0.62 + 0.38 * Math.min(1, depth));
      }
      const dims = artSize(subject.name, s);
      if (dims.w > W - 2 * margin) continue;
      const x = random.range(margin, W - margin - dims.w);
      if (portrait) y = floor - dims.h * 0.97;
      else if (standing) y = feet - dims.h;
      else {
        const low = (groundY ?? H - margin) - dims.h * (groundY === null ? 1 : 0.55);
        const high = Math.max(margin, H * 0.08);
        if (low < high) continue;
        y = random.range(high, low);
      }
      if (y < margin * 0.5) continue;
      const candidate = { x, y, width: dims.w, height: dims.h };
      const area = dims.w * dims.h;
      const crowd = placed.reduce((sum, p) => sum + overlapArea(candidate, p.box), 0) / area;
      const clutter = input.reserved.reduce((sum, r) => sum + overlapArea(candidate, r), 0) / area;
      const centre = x + dims.w / 2;
      // The other side of the frame from the main subject, not hugging the edges.
      const away = side === 0 ? Math.abs(centre - W / 2) / W : ((centre - W / 2) / W) * -side;
      const edge = Math.min(centre, W - centre) / W;
      if (crowd > input.maxOverlap) continue;
      const score = -crowd * 3 - clutter * 0.8 + away * 0.9 + Math.min(edge, 0.15) * 2 + random.next() * 0.04;
      if (!best || score > best.score) best = { box: candidate, score };
    }
    if (!best) return;
    placed.push({ subject, box: best.box, flip: random.chance(0.5) !== input.mirror, grounded: standing && !closeUp });
  });
  // Paint back to front: backdrops, then by where things touch the ground, the main subject last among equals.
  const order = (p: PlacedSubject): number => (p.subject.backdrop ? -1e9 : closeOrder(p, mainBox, framing));
  return placed.slice().sort((a, b) => order(a) - order(b));
}

function closeOrder(p: PlacedSubject, main: Box, framing: Framing): number {
  if (framing === "close") return p.box === main ? 0 : 1;
  return p.box.y + p.box.height + (p.box === main ? 0.5 : 0);
}
