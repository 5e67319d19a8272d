import { circle, smoothOpen, star } from "../draw/basic";
import { bush, crescent, hill, leaf, ringedPlanet } from "../draw/nature";
import type { Box, SceneShape } from "../scene";
import { COLORS, fillPage, scatterBoxes, shapes, type Background, type BackgroundFrame } from "./frame";
import { ground, landscape, tufts } from "./outdoor";

/** Outer space: a ringed planet, a crescent moon, a cratered moon surface and stars. */
export function space(frame: BackgroundFrame): Background {
  const { width: W, height: H, unit: u, random, detail } = frame;
  const groundY = H - (H - frame.skyTop) * 0.2;
  const left = random.chance(0.5);
  const pr = u * (detail === 1 ? 150 : 125);
  const planet = { x: left ? u * 60 + pr * 1.75 : W - u * 60 - pr * 1.75, y: frame.skyTop + pr * 1.2 };
  const moon = { x: left ? W - u * 190 : u * 190, y: frame.skyTop + u * 160 };
  const list: SceneShape[] = [fillPage(frame, COLORS.night)];
  const [back, ball, front] = ringedPlanet(planet.x, planet.y, pr, -0.35);
  if (back && ball && front) list.push({ d: back, fill: "#ffd08a" }, { d: ball, fill: "#f59f6b" }, { d: front, fill: "#ffd08a" });
  list.push({ d: crescent(moon.x, moon.y, u * 100), fill: "#ffe66d" });
  list.push({ d: hill(-W * 0.4, W * 1.4, groundY + u * 60, groundY - u * 40, H + 60), fill: "#c8c3d9" });
  const craters = detail + 1;
  for (let i = 0; i < craters; i++) {
    const cx = W * ((i + 0.5) / craters) + random.range(-0.05, 0.05) * W;
    const cy = random.range(groundY + u * 80, H - u * 60);
    list.push({ d: `M${cx - u * 70} ${cy}a${u * 70} ${u * 26} 0 1 0 ${u * 140} 0a${u * 70} ${u * 26} 0 1 0 ${-u * 140} 0z`, fill: "#aaa4c4" });
  }
  const reserved: Box[] = [
    { x: planet.x - pr * 1.8, y: planet.y - pr * 1.1, width: pr * 3.6, height: pr * 2.2 },
    { x: moon.x - u * 110, y: moon.y - u * 110, width: u * 220, height: u * 220 },
  ];
  return {
    groundY,
    layers: [shapes(frame.line, list)],
    reserved,
    scatter(occupied) {
      const count = detail === 1 ? 7 : detail === 2 ? 11 : 16;
      const area = { x: u * 30, y: frame.skyTop, width: W - u * 60, height: groundY - frame.skyTop - u * 60 };
      const boxes = scatterBoxes(random, count, area, (i) => ({ width: u * (i % 3 === 0 ? 110 : 75), height: u * (i % 3 === 0 ? 110 : 75) }), [...occupied, ...reserved], u * 50);
      const stars: SceneShape[] = boxes.map((b, i) =>
        detail === 3 && i % 4 === 3
          ? { d: circle(b.x + b.width / 2, b.y + b.height / 2, b.width * 0.22), fill: "#ffe66d" }
          : { d: star(b.x + b.width / 2, b.y + b.height / 2, b.width / 2, 5, 0.5, random.range(-0.3, 0.3)), fill: "#ffe66d" },
      );
      return [shapes(frame.line, stars)];
    },
  };
}

/** A jungle: big leaves from the corners, hanging vines, bushes on the horizon. */
export function jungle(frame: BackgroundFrame): Background {
  return landscape(
    frame,
    (f, groundY, list, reserved) => {
      const { width: W, height: H, unit: u, random, detail } = f;
      for (let i = 0; i < 3 + detail; i++) list.push({ d: bush(W * ((i + 0.5) / (3 + detail)), groundY + u * 30, u * random.range(260, 360)), fill: COLORS.darkGrass });
      list.push(ground(f, groundY, COLORS.grass));
      const vines = detail === 1 ? 2 : detail === 2 ? 3 : 5;
      for (let i = 0; i < vines; i++) {
        const x = W * (vines === 2 ? [0.3, 0.72][i] ?? 0.5 : (i + 0.6) / (vines + 0.2));
        const len = (groundY - f.skyTop) * random.range(0.35, 0.6);
        const pts: Array<[number, number]> = [];
        for (let k = 0; k <= 5; k++) pts.push([x + Math.sin(k * 1.3 + i) * u * 30, f.skyTop - u * 60 + (len * k) / 5]);
        list.push({ d: smoothOpen(pts), fill: "none", line: "open" });
        for (let k = 1; k <= 2 + detail; k++) {
          const t = k / (3 + detail);
          const [vx, vy] = pts[Math.round(t * 5)] ?? [x, f.skyTop];
          const s = k % 2 === 0 ? 1 : -1;
          for (const part of leaf(vx, vy, vx + s * u * 90, vy + u * 50, u * 30)) if (!part.open || detail > 1) list.push({ d: part.d, fill: part.open ? "none" : COLORS.leaf, line: part.open ? "open" : undefined });
        }
        reserved.push({ x: x - u * 110, y: f.skyTop, width: u * 220, height: len });
      }
      const corners: Array<[number, number, number]> = [[-u * 20, H * 0.98, 1], [W + u * 20, H * 0.98, -1]];
      for (const [cx, cy, s] of corners) {
        for (let k = 0; k < 2 + (detail > 1 ? 1 : 0); k++) {
          const a = -Math.PI / 2 + s * (0.35 + k * 0.38);
          const len = u * random.range(300, 380);
          for (const part of leaf(cx, cy, cx + Math.cos(a) * len, cy + Math.sin(a) * len, u * 75)) list.push({ d: part.d, fill: part.open ? "none" : COLORS.darkGrass, line: part.open ? "open" : undefined });
        }
      }
    },
    (f, _g, area, occupied) => tufts(f, area, occupied, f.detail * 2),
  );
}
