import { circle, ellipse, rect, smoothClosed, star } from "../draw/basic";
import { fence } from "../draw/buildings";
import { hill } from "../draw/land";
import type { Box, SceneShape } from "../scene";
import { COLORS, fillPage, scatterBoxes, shapes, type Background, type BackgroundFrame } from "./frame";
import { tufts } from "./outdoor";

const PUMPKIN = "#f4900c";

/** A bare tree as one closed outline (trunk and three branches), so no sliver opens between parts. */
const BARE_TREE: Array<[number, number]> = [
  [-0.1, 0], [-0.07, 0.3], [-0.06, 0.5], [-0.18, 0.7], [-0.32, 0.92], [-0.29, 0.96], [-0.13, 0.76], [-0.04, 0.64],
  [-0.04, 0.82], [-0.01, 1], [0.04, 0.98], [0.04, 0.8], [0.06, 0.64], [0.17, 0.72], [0.3, 0.86], [0.32, 0.81],
  [0.18, 0.62], [0.08, 0.48], [0.07, 0.3], [0.1, 0],
];

function bareTree(x: number, ground: number, h: number, side: 1 | -1): SceneShape[] {
  return [{ d: smoothClosed(BARE_TREE.map(([dx, up]) => [x + dx * h * side, ground - up * h] as [number, number])), fill: "#8b5e34" }];
}

/** A small pumpkin on the ground: body, a centre rib segment (with detail) and a stem. */
function smallPumpkin(b: Box, rib: boolean): SceneShape[] {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height * 0.6;
  const rx = b.width / 2;
  const ry = b.height * 0.4;
  const out: SceneShape[] = [
    { d: rect(cx - b.width * 0.06, b.y, b.width * 0.12, b.height * 0.3, b.width * 0.03), fill: "#3f7123" },
    { d: ellipse(cx, cy, rx, ry), fill: PUMPKIN },
  ];
  if (rib) out.push({ d: `M${cx} ${cy - ry}Q${cx - rx * 0.5} ${cy} ${cx} ${cy + ry}Q${cx + rx * 0.5} ${cy} ${cx} ${cy - ry}z`, fill: "#e07f0a" });
  return out;
}

/** Halloween night: a big moon, stars, a bare tree, a fence on the hill, pumpkins in the grass. */
export function halloween(frame: BackgroundFrame): Background {
  const { width: W, height: H, unit: u, random, detail } = frame;
  const groundY = frame.skyTop + (H - frame.skyTop) * (H > W ? 0.5 : 0.47);
  const treeLeft = frame.inset !== null || random.chance(0.5);
  const list: SceneShape[] = [fillPage(frame, COLORS.night)];
  const r = u * (detail === 1 ? 150 : 125);
  const moon = { x: treeLeft ? W - r - u * 60 : r + u * 60, y: frame.skyTop + r + u * 30 };
  list.push({ d: circle(moon.x, moon.y, r), fill: "#fff3b0" });
  if (detail > 1) {
    list.push({ d: circle(moon.x - r * 0.35, moon.y - r * 0.2, r * 0.2), fill: "#f0dc82" });
    list.push({ d: circle(moon.x + r * 0.3, moon.y + r * 0.35, r * 0.16), fill: "#f0dc82" });
  }
  list.push({ d: hill(-W * 0.3, W * 0.8, groundY + u * 40, groundY - u * 130, H + 60), fill: "#4a6b3a" });
  const treeH = (H - frame.skyTop) * 0.45;
  const treeX = treeLeft ? W * 0.13 : W * 0.87;
  list.push(...bareTree(treeX, groundY + u * 30, treeH, treeLeft ? 1 : -1));
  list.push({ d: hill(-W * 0.35, W * 1.35, groundY + u * 70, groundY - u * 30, H + 60), fill: "#5d8a47" });
  const reserved: Box[] = [
    { x: moon.x - r, y: moon.y - r, width: 2 * r, height: 2 * r },
    { x: treeX - treeH * 0.3, y: groundY - treeH, width: treeH * 0.6, height: treeH },
  ];
  if (detail > 1) {
    // Pickets tall and wide apart: the gaps between rails and pickets stay big enough to color.
    // Inside the page: rails running off its edge would end side by side there.
    const x0 = treeLeft ? W * 0.3 : u * 60;
    const x1 = treeLeft ? W - u * 60 : W * 0.7;
    list.push(...fence(x0, x1, groundY + u * 20, u * (detail === 2 ? 170 : 150)));
  }
  return {
    groundY,
    layers: [shapes(frame.line, list)],
    reserved,
    scatter(occupied) {
      const sky = { x: u * 30, y: frame.skyTop, width: W - u * 60, height: groundY - frame.skyTop - u * 180 };
      const stars = scatterBoxes(random, detail * 3 + 1, sky, () => ({ width: u * 80, height: u * 80 }), occupied, u * 50);
      const out: SceneShape[] = stars.map((b) => ({ d: star(b.x + b.width / 2, b.y + b.height / 2, b.width / 2, 5, 0.5, random.range(-0.3, 0.3)), fill: "#ffe66d" }));
      const field = { x: u * 40, y: groundY + u * 60, width: W - u * 80, height: H - groundY - u * 100 };
      const pumpkins = scatterBoxes(random, detail, field, () => ({ width: u * 150, height: u * 120 }), occupied, u * 40);
      out.push(...pumpkins.flatMap((b) => smallPumpkin(b, detail > 1)));
      return [shapes(frame.line, [...out, ...tufts(frame, field, occupied, detail * 2)])];
    },
  };
}
