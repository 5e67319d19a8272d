import type { Random } from "../random";
import type { Box, SceneLayer, SceneShape } from "../scene";
import { boxesOverlap } from "../scene";

/** Where and how a background is drawn. */
export interface BackgroundFrame {
  width: number;
  height: number;
  /** The top of the area free for sky objects (below the title when there is one). */
  skyTop: number;
  /** 1 low, 2 medium, 3 high (from the age style). */
  detail: 1 | 2 | 3;
  /** Background outline width in page pixels. */
  line: number;
  /** The reference inset, drawn over the background: keep important things out of it. */
  inset: Box | null;
  random: Random;
  /** A length unit: a thousandth of the page's shorter side. */
  unit: number;
  /** Artwork shapes leaving less than this area to color (page pixels²) are left out. */
  minArea?: number;
}

/** A setting's background: big shapes behind the subjects and small ones placed around them. */
export interface Background {
  /** Grounded subjects stand with their feet below this line; null when subjects float. */
  groundY: number | null;
  /** Drawn behind the subjects. */
  layers: SceneLayer[];
  /** Big props (sun, palm tree, barn) subjects should keep clear of. */
  reserved: Box[];
  /**
   * Small things (clouds, stars, bubbles, flowers) placed after the subjects, around them;
   * what they take is added to `occupied`.
   */
  scatter(occupied: Box[]): SceneLayer[];
}

export const COLORS = {
  sky: "#bfe8ff",
  grass: "#a6d96a",
  darkGrass: "#6fbf4a",
  sand: "#f7dd9d",
  sea: "#58c4f6",
  deepSea: "#3fa9e0",
  sun: "#ffd43b",
  cloud: "#ffffff",
  leaf: "#5cb85c",
  trunk: "#a0703c",
  rock: "#b8b1a8",
  snow: "#f4f9ff",
  night: "#2b3a78",
  flower: ["#ff6fa5", "#ffb347", "#b084f5", "#ff5e5e"],
} as const;

export function shapes(line: number, list: SceneShape[]): SceneLayer {
  return { kind: "shapes", shapes: list, line };
}

/** A full-page fill with no outline (the sky's colour in the reference). */
export function fillPage(frame: BackgroundFrame, fill: string): SceneShape {
  return { d: `M-10 -10H${frame.width + 10}V${frame.height + 10}H-10z`, fill, line: "none" };
}

/**
 * Places up to `count` boxes of the sizes given at random in `area`, clear of `occupied` and of
 * each other (by `pad`), and adds them to `occupied`. Deterministic for a given random state.
 */
export function scatterBoxes(
  random: Random, count: number, area: Box, size: (i: number) => { width: number; height: number },
  occupied: Box[], pad: number,
): Box[] {
  const placed: Box[] = [];
  for (let i = 0; i < count; i++) {
    const { width, height } = size(i);
    if (width > area.width || height > area.height) continue;
    for (let attempt = 0; attempt < 40; attempt++) {
      const box = { x: random.range(area.x, area.x + area.width - width), y: random.range(area.y, area.y + area.height - height), width, height };
      if ([...occupied, ...placed].some((other) => boxesOverlap(box, other, pad))) continue;
      placed.push(box);
      break;
    }
  }
  occupied.push(...placed);
  return placed;
}
