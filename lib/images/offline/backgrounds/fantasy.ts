import { circle, star } from "../draw/basic";
import { hill } from "../draw/land";
import { bush, leaf } from "../draw/plants";
import { crescent, ringedPlanet } from "../draw/sky";
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
      const boxes = scatterBoxes(random, count, area, (i) => ({ width: u * (i % 3 === 0 ? 110 : 75), height: u * (i % 3 === 0 ? 110 : 75) }), occupied, u * 50);
      const stars: SceneShape[] = boxes.map((b, i) =>
        detail === 3 && i % 4 === 3
          ? { d: circle(b.x + b.width / 2, b.y + b.height / 2, b.width * 0.22), fill: "#ffe66d" }
          : { d: star(b.x + b.width / 2, b.y + b.height / 2, b.width / 2, 5, 0.5, random.range(-0.3, 0.3)), fill: "#ffe66d" },
      );
      return [shapes(frame.line, stars)];
    },
  };
}

/** A jungle: bushes on the horizon, a palm tree, big leaves reaching in from the sides and corners. */
export function jungle(frame: BackgroundFrame): Background {
  const base = landscape(
    frame,
    (f, groundY, list, reserved) => {
      const { width: W, height: H, unit: u, random, detail } = f;
      for (let i = 0; i < 3 + detail; i++) list.push({ d: bush(W * ((i + 0.5) / (3 + detail)), groundY + u * 30, u * random.range(260, 360)), fill: COLORS.darkGrass });
      list.push(ground(f, groundY, COLORS.grass));
      const fan = (x: number, y: number, side: number, angles: number[], len: number): void => {
        for (const a of angles) {
          const t = -Math.PI / 2 + side * a;
          const l = len * random.range(0.85, 1.05);
          for (const part of leaf(x, y, x + Math.cos(t) * l, y + Math.sin(t) * l, l * 0.2)) {
            if (part.open && detail === 1) continue;
            list.push({ d: part.d, fill: part.open ? "none" : COLORS.leaf, line: part.open ? "open" : undefined });
          }
        }
      };
      const sideY = groundY - (groundY - f.skyTop) * 0.08;
      const len = u * (detail === 1 ? 360 : 300);
      // Fans grow from a point inside the page, so their leaves meet there instead of ending
      // side by side at the page's edge.
      fan(u * 25, sideY, 1, detail === 1 ? [1.1, 1.6] : [0.9, 1.3, 1.75], len);
      fan(W - u * 25, sideY, -1, detail === 1 ? [1.1, 1.6] : [0.9, 1.3, 1.75], len);
      reserved.push({ x: 0, y: sideY - len, width: len * 0.8, height: len * 1.6 }, { x: W - len * 0.8, y: sideY - len, width: len * 0.8, height: len * 1.6 });
      fan(u * 25, H - u * 25, 1, [0.35, 0.75], len * 1.1);
      reserved.push({ x: 0, y: H - len, width: len * 0.9, height: len });
      if (!f.inset) {
        fan(W - u * 25, H - u * 25, -1, [0.35, 0.75], len * 1.1);
        reserved.push({ x: W - len * 0.9, y: H - len, width: len * 0.9, height: len });
      }
    },
    (f, _g, area, occupied) => tufts(f, area, occupied, f.detail * 2),
  );
  return base;
}
