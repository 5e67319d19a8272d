import { circle, rect } from "../draw/basic";
import { hill, mountain } from "../draw/land";
import { pineTree } from "../draw/plants";
import type { Random } from "../random";
import type { SettingId } from "../settings";
import type { FlatPalette } from "./looks";

/** Minimalist palettes per setting: paper, ground, far shapes, one accent and the silhouette ink. */
const PALETTES: Partial<Record<SettingId, FlatPalette>> = {
  beach: { paper: "#f8efe0", ground: "#ecd9b6", far: "#d3e6e6", accent: "#ee8a5c", ink: "#23404f" },
  space: { paper: "#e9e6f1", ground: "#d4cfe3", far: "#dedaea", accent: "#f0a35e", ink: "#1d1a38" },
  underwater: { paper: "#dcefee", ground: "#c3e0dc", far: "#cfe8e6", accent: "#f5c2a9", ink: "#15334d" },
  winter: { paper: "#e9eff4", ground: "#fbfdff", far: "#dbe4ec", accent: "#8fb1d6", ink: "#1e2935" },
  city: { paper: "#efece7", ground: "#d8d4cd", far: "#e2ded7", accent: "#e9b949", ink: "#22263b" },
  home: { paper: "#f3eee7", ground: "#e3d9cb", far: "#ebe4d9", accent: "#d98f5c", ink: "#2c2a33" },
  castle: { paper: "#f0ebf3", ground: "#dcd2e2", far: "#e6dfeb", accent: "#c9a24b", ink: "#2b2240" },
  jungle: { paper: "#eef0e2", ground: "#d6dcc0", far: "#e2e6d1", accent: "#e3904f", ink: "#1f3326" },
  forest: { paper: "#edefe6", ground: "#d5dbc8", far: "#e0e5d6", accent: "#d9834f", ink: "#1d2b25" },
};
const DEFAULT_PALETTE: FlatPalette = { paper: "#f1ece2", ground: "#dcd3c1", far: "#e7e0d2", accent: "#e07a5f", ink: "#26303f" };

export function flatPalette(setting: SettingId): FlatPalette {
  return PALETTES[setting] ?? DEFAULT_PALETTE;
}

export interface FlatBackground {
  svg: string;
  groundY: number | null;
}

/**
 * A minimalist ground: flat paper, one accent disc (sun, moon, planet, light), a few far shapes
 * in a tone just off the paper, and a two-tone ground. Few colours, lots of empty space.
 */
export function flatBackground(
  setting: SettingId, palette: FlatPalette, W: number, H: number, horizon: number, side: -1 | 0 | 1, accent: boolean, random: Random,
): FlatBackground {
  const u = Math.min(W, H) / 1000;
  const parts: string[] = [`<rect x="-10" y="-10" width="${W + 20}" height="${H + 20}" fill="${palette.paper}"/>`];
  const floating = setting === "underwater";
  const groundY = floating ? null : horizon;
  const r = u * random.range(95, 130);
  const accentX = W * (0.5 - (side === 0 ? (random.chance(0.5) ? 1 : -1) : side) * 0.24);
  const accentY = Math.max(r * 1.6, horizon * random.range(0.32, 0.45));
  if (accent && setting !== "home") parts.push(`<path d="${circle(accentX, accentY, r)}" fill="${palette.accent}"/>`);
  const far: string[] = [];
  if (setting === "mountains" || setting === "winter" || setting === "castle") {
    for (let i = 0; i < 3; i++) {
      const cx = W * (0.15 + i * 0.35) + random.range(-0.05, 0.05) * W;
      const h = (horizon * 0.45) * random.range(0.55, 1);
      const [body] = mountain(cx, horizon + 2, h * 2.2, h, H + 20);
      if (body) far.push(body);
    }
  } else if (setting === "city") {
    let x = -u * 20;
    while (x < W) {
      const w = W * random.range(0.07, 0.13);
      const h = horizon * random.range(0.12, 0.38);
      far.push(rect(x, horizon - h, w, h + 4));
      x += w + u * random.range(0, 14);
    }
  } else if (setting === "farm" || setting === "meadow" || setting === "plain") {
    far.push(hill(-W * 0.2, W * random.range(0.45, 0.7), horizon + 2, horizon - horizon * random.range(0.1, 0.18), H + 20));
    far.push(hill(W * random.range(0.35, 0.6), W * 1.25, horizon + 2, horizon - horizon * random.range(0.06, 0.12), H + 20));
  } else if (setting === "forest" || setting === "jungle") {
    const count = setting === "forest" ? 7 : 4;
    for (let i = 0; i < count; i++) {
      const x = W * ((i + random.range(0.2, 0.8)) / count);
      const h = horizon * random.range(0.12, 0.26);
      const tree = pineTree(x, horizon + 2, h);
      far.push(...tree);
    }
  } else if (setting === "home") {
    const ww = W * 0.16;
    far.push(rect(W * (side > 0 ? 0.16 : 0.68), horizon * 0.25, ww, horizon * 0.5, u * 8));
  } else if (setting === "beach") {
    far.push(rect(-10, horizon - u * 60, W + 20, u * 62));
  }
  if (far.length) parts.push(`<path d="${far.join("")}" fill="${palette.far}"/>`);
  if (floating) {
    parts.push(`<path d="${hill(-W * 0.3, W * 1.3, H + u * 40, H - (H - horizon) * 0.5, H + 20)}" fill="${palette.ground}"/>`);
  } else if (setting === "space" || setting === "winter") {
    parts.push(`<path d="${hill(-W * 0.4, W * 1.4, horizon + u * 50, horizon - u * 30, H + 20)}" fill="${palette.ground}"/>`);
  } else {
    parts.push(`<path d="${rect(-10, horizon, W + 20, H - horizon + 20)}" fill="${palette.ground}"/>`);
  }
  return { svg: parts.join(""), groundY };
}
