import { circle, ellipse, polygon, rect } from "../draw/basic";
import { building, roomWindow } from "../draw/buildings";
import type { Box, SceneLayer, SceneShape } from "../scene";
import { COLORS, fillPage, scatterBoxes, shapes, type Background, type BackgroundFrame } from "./frame";
import { placeClouds, placeSun } from "./sky";

const BUILDING_COLORS = ["#f6a6a6", "#a6c8f6", "#f6dca6", "#b9e3a8", "#d3b8f0"];

/** A city street: a skyline of buildings with windows, a sidewalk and a road with lane marks. */
export function city(frame: BackgroundFrame): Background {
  const { width: W, height: H, unit: u, random, detail } = frame;
  const groundY = frame.skyTop + (H - frame.skyTop) * (H > W ? 0.5 : 0.46);
  const theSun = placeSun(frame, frame.inset || random.chance(0.5) ? "right" : "left");
  const list: SceneShape[] = [fillPage(frame, COLORS.sky), ...theSun.shapes];
  let x = -u * 30;
  let i = 0;
  const skyH = groundY - frame.skyTop;
  while (x < W) {
    let w = W * random.range(0.16, 0.24);
    if (W + u * 30 - (x + w) < W * 0.12) w = W + u * 30 - x;
    const tall = skyH * random.range(0.38, 0.7);
    const sunClash = x < theSun.box.x + theSun.box.width && x + w > theSun.box.x;
    const h = sunClash ? Math.max(u * 140, Math.min(tall, groundY - (theSun.box.y + theSun.box.height) - u * 30)) : Math.max(tall, u * 200);
    const cols = detail === 1 ? 2 : detail === 2 ? 2 + (i % 2) : 3;
    const rows = Math.max(1, Math.round((h / (u * 150)) * (detail === 1 ? 0.6 : detail === 2 ? 0.9 : 1.2)));
    list.push(...building(x, groundY, w, h, cols, rows, BUILDING_COLORS[i % BUILDING_COLORS.length] ?? "#ddd"));
    x += w + u * random.range(0, 30);
    i++;
  }
  const walk = u * 60;
  list.push({ d: rect(-60, groundY, W + 120, walk), fill: "#d9d9d9" });
  list.push({ d: rect(-60, groundY + walk, W + 120, H), fill: "#9a9a9a" });
  const laneY = groundY + walk + (H - groundY - walk) * 0.45;
  const dash = u * 140;
  for (let dx = u * 40; dx < W; dx += dash * 1.8) list.push({ d: rect(dx, laneY, dash, u * 28, u * 10), fill: "#ffffff" });
  return {
    groundY: groundY + walk,
    layers: [shapes(frame.line, list)],
    reserved: [theSun.box],
    scatter(occupied) {
      return [shapes(frame.line, placeClouds(frame, detail === 1 ? 1 : 2, frame.skyTop + skyH * 0.35, occupied))];
    },
  };
}

/** A cosy room: a wall with a window and a picture, a floor with a round rug. */
export function home(frame: BackgroundFrame): Background {
  const { width: W, height: H, unit: u, random, detail } = frame;
  const floorY = frame.skyTop + (H - frame.skyTop) * 0.5;
  const list: SceneShape[] = [fillPage(frame, "#fdf0d5")];
  const windowLeft = random.chance(0.5);
  const ww = Math.min(W * 0.3, (floorY - frame.skyTop) * 0.55);
  const wh = ww * 1.1;
  const wx = windowLeft ? W * 0.1 : W * 0.9 - ww;
  const wy = frame.skyTop + (floorY - frame.skyTop - wh) * 0.4;
  list.push(...roomWindow(wx, wy, ww, wh));
  const pw = ww * 0.7;
  const ph = pw * 0.8;
  const px = windowLeft ? W * 0.62 : W * 0.14;
  const py = wy + wh * 0.1;
  list.push({ d: rect(px, py, pw, ph, u * 6), fill: "#c8945c" }, { d: rect(px + pw * 0.12, py + ph * 0.12, pw * 0.76, ph * 0.76), fill: "#bfe8ff" });
  if (detail > 1) {
    list.push({ d: polygon([[px + pw * 0.12, py + ph * 0.88], [px + pw * 0.4, py + ph * 0.42], [px + pw * 0.62, py + ph * 0.88]]), fill: "#a6d96a" });
    list.push({ d: polygon([[px + pw * 0.45, py + ph * 0.88], [px + pw * 0.66, py + ph * 0.55], [px + pw * 0.88, py + ph * 0.88]]), fill: "#6fbf4a" });
  }
  list.push({ d: circle(px + pw * 0.7, py + ph * 0.32, ph * 0.1), fill: COLORS.sun });
  list.push({ d: rect(-60, floorY, W + 120, H), fill: "#e0b98a" });
  list.push({ d: rect(-60, floorY - u * 40, W + 120, u * 40), fill: "#f5f1e6" });
  if (detail === 3) for (let k = 1; k < 4; k++) list.push({ d: `M-60 ${floorY + ((H - floorY) * k) / 4}H${W + 60}`, fill: "none", line: "open" });
  const rugY = floorY + (H - floorY) * 0.62;
  const rug: SceneShape[] = [{ d: ellipse(W / 2, rugY, W * 0.36, (H - floorY) * 0.2), fill: "#b084f5" }];
  if (detail > 1) rug.push({ d: ellipse(W / 2, rugY, W * 0.28, (H - floorY) * 0.14), fill: "#d3b8f0" });
  const layers: SceneLayer[] = [shapes(frame.line, list), shapes(frame.line, rug)];
  const reserved: Box[] = [{ x: wx - ww * 0.2, y: wy, width: ww * 1.4, height: wh }, { x: px, y: py, width: pw, height: ph }];
  if (detail > 1) {
    const plant: Box = { x: windowLeft ? W - u * 300 : u * 30, y: floorY - u * 200, width: u * 260, height: u * 260 };
    layers.push({ kind: "art", halo: 0, art: { ref: { name: "potted-plant" }, box: plant, flip: false, line: frame.line, minDetail: 0.06, minArea: frame.minArea } });
    reserved.push(plant);
  }
  return {
    groundY: floorY,
    layers,
    reserved,
    scatter(occupied) {
      const area = { x: u * 40, y: floorY + u * 60, width: W - u * 80, height: H - floorY - u * 100 };
      const balls = scatterBoxes(random, detail - 1, area, () => ({ width: u * 110, height: u * 110 }), occupied, u * 40);
      const toys: SceneShape[] = balls.flatMap((b) => [
        { d: circle(b.x + b.width / 2, b.y + b.height / 2, b.width / 2), fill: "#ff6fa5" },
        { d: `M${b.x} ${b.y + b.height / 2}Q${b.x + b.width / 2} ${b.y + b.height * 0.8} ${b.x + b.width} ${b.y + b.height / 2}`, fill: "none", line: "open" as const },
      ]);
      return [shapes(frame.line, toys)];
    },
  };
}
