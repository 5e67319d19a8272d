import { circle, rect, star, waveCrest, wavyRegion } from "../draw/basic";
import { rock } from "../draw/land";
import { seaweed } from "../draw/plants";
import type { Box, SceneLayer, SceneShape } from "../scene";
import { COLORS, fillPage, scatterBoxes, shapes, type Background, type BackgroundFrame } from "./frame";
import { placeClouds, placeSun } from "./sky";

/** Beach: sky and sun, the sea to the horizon with a few waves, sand, a palm tree, starfish. */
export function beach(frame: BackgroundFrame): Background {
  const { width: W, height: H, unit: u, random, detail } = frame;
  const groundY = frame.skyTop + (H - frame.skyTop) * (H > W ? 0.5 : 0.46);
  const horizon = groundY - (H - frame.skyTop) * 0.16;
  const palmLeft = frame.inset !== null || random.chance(0.5);
  const sunSide = palmLeft ? "right" : "left";
  const theSun = placeSun(frame, sunSide);
  const list: SceneShape[] = [fillPage(frame, COLORS.sky), ...theSun.shapes];
  list.push({ d: rect(-60, horizon, W + 120, H), fill: COLORS.sea });
  list.push({ d: wavyRegion(W, groundY, u * 10, u * 190, H + 60, random.next()), fill: COLORS.sand });
  const palmH = Math.min((H - frame.skyTop) * 0.62, groundY + u * 60 - frame.skyTop);
  const palmW = palmH * 0.95;
  const palmBox: Box = { x: palmLeft ? -palmW * 0.22 : W - palmW * 0.78, y: groundY + u * 60 - palmH, width: palmW, height: palmH };
  const layers: SceneLayer[] = [
    shapes(frame.line, list),
    { kind: "art", halo: 0, art: { ref: { name: "palm-tree" }, box: palmBox, flip: !palmLeft, line: frame.line, minDetail: 0.06, minArea: frame.minArea } },
  ];
  return {
    groundY,
    layers,
    reserved: [theSun.box, { ...palmBox, width: palmBox.width * 0.7, x: palmLeft ? palmBox.x : palmBox.x + palmBox.width * 0.3 }],
    scatter(occupied) {
      occupied.push(palmBox);
      // Wave crests go round the subjects: a crest ending near an outline would read as a gap in it.
      const waves = detail === 1 ? 2 : detail === 2 ? 4 : 7;
      const waveBoxes = scatterBoxes(random, waves, { x: u * 40, y: horizon + u * 30, width: W - u * 80, height: groundY - horizon - u * 70 }, () => ({ width: u * 120, height: u * 30 }), occupied, u * 40);
      const crests: SceneShape[] = waveBoxes.map((b) => ({ d: waveCrest(b.x, b.x + b.width, b.y + b.height / 2, u * 7, u * 60), fill: "none", line: "open" }));
      const sky = placeClouds(frame, detail, horizon - u * 40, occupied);
      const sandArea = { x: u * 40, y: groundY + u * 40, width: W - u * 80, height: H - groundY - u * 80 };
      const stars = scatterBoxes(random, detail + 1, sandArea, () => ({ width: u * 80, height: u * 80 }), occupied, u * 30);
      const sand: SceneShape[] = stars.map((b, i) =>
        i % 2 === 0 || detail === 1
          ? { d: star(b.x + b.width / 2, b.y + b.height / 2, b.width / 2, 5, 0.5, random.range(-0.3, 0.3)), fill: "#ff9f6b" }
          : { d: circle(b.x + b.width / 2, b.y + b.height / 2, b.width * 0.3), fill: "#ffe3c2" },
      );
      return [shapes(frame.line, [...crests, ...sky, ...sand])];
    },
  };
}

/** Under the sea: water, a sandy floor with rocks, seaweed, a coral and rising bubbles. */
export function underwater(frame: BackgroundFrame): Background {
  const { width: W, height: H, unit: u, random, detail } = frame;
  const floor = H - (H - frame.skyTop) * 0.12;
  const list: SceneShape[] = [fillPage(frame, COLORS.sea)];
  list.push({ d: wavyRegion(W, floor, u * 14, u * 260, H + 60, random.next()), fill: COLORS.sand });
  const weeds = detail === 1 ? 3 : detail === 2 ? 5 : 7;
  for (let i = 0; i < weeds; i++) {
    const side = i % 2 === 0 ? random.range(0.02, 0.2) : random.range(0.8, 0.98);
    // Inside the page: a ribbon running off its edge would end there beside the sand line.
    const x = Math.min(Math.max(i < 2 ? side * W : random.range(0.05, 0.95) * W, u * 90), W - u * 90);
    list.push({ d: seaweed(x, floor + u * 30, (H - frame.skyTop) * random.range(0.22, 0.4), u * random.range(80, 110), random.range(0, 6)), fill: COLORS.darkGrass });
  }
  const rocks = detail + 1;
  for (let i = 0; i < rocks; i++) list.push({ d: rock(random.range(0.1, 0.9) * W, floor + u * 40, u * random.range(110, 180), u * random.range(60, 100), random), fill: COLORS.rock });
  const coralBox: Box = { x: random.chance(0.5) || frame.inset ? u * 20 : W - u * 320, y: floor - u * 260, width: u * 300, height: u * 300 };
  const layers: SceneLayer[] = [shapes(frame.line, list)];
  if (detail > 1) layers.push({ kind: "art", halo: 0, art: { ref: { name: "coral" }, box: coralBox, flip: false, line: frame.line, minDetail: 0.08, minArea: frame.minArea } });
  return {
    groundY: null,
    layers,
    reserved: detail > 1 ? [coralBox] : [],
    scatter(occupied) {
      const count = detail === 1 ? 4 : detail === 2 ? 7 : 11;
      const area = { x: u * 30, y: frame.skyTop, width: W - u * 60, height: floor - frame.skyTop - u * 60 };
      const bubbles = scatterBoxes(random, count, area, () => ({ width: u * 110, height: u * 250 }), occupied, u * 20);
      const out: SceneShape[] = [];
      // Rising bubbles, each clear of the next by a few millimetres: touching or nearly touching
      // circles would pinch off slivers too small to color.
      const gap = u * 30;
      for (const b of bubbles) {
        const r = u * random.range(28, 42);
        const x = b.x + b.width / 2;
        const big = b.y + b.height - r;
        const middle = big - r - gap - r * 0.6;
        out.push({ d: circle(x, big, r), fill: "#e6f7ff" });
        out.push({ d: circle(x + u * 20, middle, r * 0.6), fill: "#e6f7ff" });
        if (detail > 1) out.push({ d: circle(x - u * 10, middle - r * 0.6 - gap - r * 0.4, r * 0.4), fill: "#e6f7ff" });
      }
      return [shapes(frame.line, out)];
    },
  };
}
