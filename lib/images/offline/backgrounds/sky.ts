import { cloud, sun } from "../draw/sky";
import type { Box, SceneShape } from "../scene";
import { COLORS, scatterBoxes, type BackgroundFrame } from "./frame";

/** A sun in one of the top corners: its shapes and the box it takes. */
export function placeSun(frame: BackgroundFrame, side: "left" | "right"): { shapes: SceneShape[]; box: Box } {
  const r = frame.unit * (frame.detail === 1 ? 78 : 66);
  const reach = r * 1.9;
  const cx = side === "left" ? reach + frame.unit * 30 : frame.width - reach - frame.unit * 30;
  const cy = frame.skyTop + reach;
  const rays = frame.detail === 1 ? 8 : frame.detail === 2 ? 10 : 12;
  return {
    shapes: sun(cx, cy, r, rays).map((d, i) => (i === 0 ? { d, fill: COLORS.sun } : { d, fill: COLORS.sun, line: "open" as const })),
    box: { x: cx - reach, y: cy - reach, width: reach * 2, height: reach * 2 },
  };
}

/** Clouds in the sky band, clear of what is already there (their boxes are added to `occupied`). */
export function placeClouds(frame: BackgroundFrame, count: number, bottom: number, occupied: Box[]): SceneShape[] {
  const w = frame.unit * (frame.detail === 1 ? 300 : 250);
  const area = { x: frame.unit * 20, y: frame.skyTop, width: frame.width - frame.unit * 40, height: Math.max(0, bottom - frame.skyTop) };
  const boxes = scatterBoxes(frame.random, count, area, (i) => ({ width: w * (1 - i * 0.12), height: w * (1 - i * 0.12) * 0.45 }), occupied, frame.unit * 40);
  return boxes.map((b) => ({ d: cloud(b.x + b.width / 2, b.y + b.height, b.width), fill: COLORS.cloud }));
}
