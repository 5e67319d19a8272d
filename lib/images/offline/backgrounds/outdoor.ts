import { hill, mountain } from "../draw/land";
import { flower, grassTuft, mushroom, pineTree, roundTree } from "../draw/plants";
import { snowflake } from "../draw/sky";
import type { Box, SceneShape } from "../scene";
import { COLORS, fillPage, scatterBoxes, shapes, type Background, type BackgroundFrame } from "./frame";
import { placeClouds, placeSun } from "./sky";

type Extras = (frame: BackgroundFrame, groundY: number, list: SceneShape[], reserved: Box[]) => void;
type Scatter = (frame: BackgroundFrame, groundY: number, area: Box, occupied: Box[]) => SceneShape[];

/** Sky, sun, clouds and a grassy ground line, with setting-specific extras behind and around the subjects. */
export function landscape(frame: BackgroundFrame, extras: Extras, scatter: Scatter, options: { sun?: boolean; clouds?: boolean } = {}): Background {
  const { width: W, height: H, unit: u, random, detail } = frame;
  const groundY = frame.skyTop + (H - frame.skyTop) * (H > W ? 0.5 : 0.47);
  const list: SceneShape[] = [fillPage(frame, COLORS.sky)];
  const reserved: Box[] = [];
  const side = frame.inset || random.chance(0.5) ? "right" : "left";
  if (options.sun !== false) {
    const theSun = placeSun(frame, side);
    list.push(...theSun.shapes);
    reserved.push(theSun.box);
  }
  extras(frame, groundY, list, reserved);
  return {
    groundY,
    layers: [shapes(frame.line, list)],
    reserved,
    scatter(occupied) {
      const clouds = options.clouds === false ? [] : placeClouds(frame, detail === 1 ? 1 : detail, groundY - (groundY - frame.skyTop) * 0.45, occupied);
      const area = { x: u * 40, y: groundY + u * 50, width: W - u * 80, height: H - groundY - u * 90 };
      return [shapes(frame.line, [...clouds, ...scatter(frame, groundY, area, occupied)])];
    },
  };
}

export function tufts(frame: BackgroundFrame, area: Box, occupied: Box[], count: number): SceneShape[] {
  const u = frame.unit;
  // Bigger for the youngest, so the tuft stays an area they can color.
  const k = frame.detail === 1 ? 1.4 : 1;
  return scatterBoxes(frame.random, count, area, () => ({ width: u * 90 * k, height: u * 80 * k }), occupied, u * 30).flatMap((b) =>
    grassTuft(b.x + b.width / 2, b.y + b.height, b.height).map((d) => ({ d, fill: COLORS.darkGrass })),
  );
}

export function flowers(frame: BackgroundFrame, area: Box, occupied: Box[], count: number): SceneShape[] {
  const u = frame.unit;
  const out: SceneShape[] = [];
  const boxes = scatterBoxes(frame.random, count, area, () => ({ width: u * 90, height: u * 190 }), occupied, u * 25);
  boxes.forEach((b, i) => {
    for (const part of flower(b.x + b.width / 2, b.y + b.height, b.height, frame.detail === 3 ? 6 : 5)) {
      out.push({ d: part.d, fill: part.open ? "none" : i % 2 === 0 ? (COLORS.flower[i % 4] ?? "#ff6fa5") : "#ffd43b", line: part.open ? "open" : undefined });
    }
  });
  return out;
}

/**
 * A pine tree's position moved inside the page: tiers running off its edge would end there side
 * by side, which reads as outlines left open.
 */
function pineX(frame: BackgroundFrame, x: number, h: number): number {
  const half = h * 0.25 + frame.unit * 25;
  return Math.min(Math.max(x, half), frame.width - half);
}

/** A tree's height, lowered so that its top stays well below the sun when it stands under it. */
function belowSun(frame: BackgroundFrame, reserved: readonly Box[], x: number, halfWidth: number, base: number, h: number): number {
  const sun = reserved[0];
  if (!sun || x + halfWidth < sun.x || x - halfWidth > sun.x + sun.width) return h;
  return Math.min(h, base - (sun.y + sun.height) - frame.unit * 40);
}

export function ground(frame: BackgroundFrame, groundY: number, fill: string): SceneShape {
  const { width: W, height: H, unit: u } = frame;
  return { d: hill(-W * 0.35, W * 1.35, groundY + u * 70, groundY - u * 30, H + 60), fill };
}

/** A meadow: rolling hills, a leafy tree, flowers and grass. */
export function meadow(frame: BackgroundFrame): Background {
  return landscape(
    frame,
    (f, groundY, list, reserved) => {
      const { width: W, unit: u, random } = f;
      list.push({ d: hill(-W * 0.3, W * 0.75, groundY + u * 40, groundY - u * 140, f.height + 60), fill: COLORS.darkGrass });
      list.push(ground(f, groundY, COLORS.grass));
      if (f.detail > 1) {
        const x = random.chance(0.5) ? W * 0.12 : W * 0.88;
        const h = (f.height - f.skyTop) * 0.42;
        list.push(...roundTree(x, groundY + u * 40, h, random).map((d, i) => ({ d, fill: i === 0 ? COLORS.trunk : COLORS.leaf })));
        reserved.push({ x: x - h * 0.3, y: groundY - h, width: h * 0.6, height: h });
      }
    },
    (f, _g, area, occupied) => [...flowers(f, area, occupied, f.detail * 2), ...tufts(f, area, occupied, f.detail * 2)],
  );
}

/** A forest: trees along the horizon, mushrooms and grass in front. */
export function forest(frame: BackgroundFrame): Background {
  return landscape(
    frame,
    (f, groundY, list, reserved) => {
      const { width: W, unit: u, random } = f;
      list.push(ground(f, groundY, COLORS.grass));
      const count = f.detail === 1 ? 2 : f.detail === 2 ? 4 : 6;
      for (let i = 0; i < count; i++) {
        const x = count === 2 ? (i === 0 ? W * 0.1 : W * 0.9) : W * ((i + 0.5) / count) + random.range(-0.04, 0.04) * W;
        const base = groundY + u * random.range(10, 50);
        const h = belowSun(f, reserved, x, (f.height - f.skyTop) * 0.2, base, (f.height - f.skyTop) * random.range(0.34, 0.46));
        const parts = i % 2 === 0 ? roundTree(x, base, h, random) : pineTree(pineX(f, x, h), base, h);
        list.push(...parts.map((d, k) => ({ d, fill: k === 0 ? COLORS.trunk : i % 2 === 0 ? COLORS.leaf : COLORS.darkGrass })));
        if (count === 2) reserved.push({ x: x - h * 0.3, y: base - h, width: h * 0.6, height: h });
      }
    },
    (f, _g, area, occupied) => {
      const u = f.unit;
      const spots = scatterBoxes(f.random, f.detail, area, () => ({ width: u * 120, height: u * 110 }), occupied, u * 30);
      const shrooms: SceneShape[] = spots.flatMap((b) =>
        mushroom(b.x + b.width / 2, b.y + b.height, b.height, f.detail > 1).map((d, k) => ({ d, fill: k === 0 ? "#f5f1e6" : k === 1 ? "#e8574a" : "#fff" })),
      );
      return [...shrooms, ...tufts(f, area, occupied, f.detail * 2 + 1)];
    },
    // With more than two trees their crowns fill the sky: clouds would sit on them.
    { clouds: frame.detail === 1 },
  );
}

/** Mountains: snow-capped peaks, pine trees at the sides, a green valley. */
export function mountains(frame: BackgroundFrame): Background {
  return landscape(
    frame,
    (f, groundY, list) => {
      const { width: W, unit: u, random } = f;
      const base = groundY + u * 20;
      const h = (groundY - f.skyTop) * 0.7;
      const peaks = f.detail === 1 ? 2 : 3;
      for (let i = 0; i < peaks; i++) {
        const cx = W * (peaks === 2 ? 0.3 + i * 0.45 : 0.18 + i * 0.34) + random.range(-0.04, 0.04) * W;
        const ph = h * (i === 1 ? 1 : random.range(0.72, 0.86));
        const [body, cap] = mountain(cx, base, ph * 1.5, ph, f.height + 60);
        if (body && cap) list.push({ d: body, fill: "#9fa8c7" }, { d: cap, fill: COLORS.snow });
      }
      list.push(ground(f, groundY, COLORS.grass));
      const pineH = (f.height - f.skyTop) * 0.3;
      if (f.detail > 1) for (const x of [W * 0.07, W * 0.93]) list.push(...pineTree(pineX(f, x, pineH), groundY + u * 60, pineH).map((d, k) => ({ d, fill: k === 0 ? COLORS.trunk : COLORS.darkGrass })));
    },
    (f, _g, area, occupied) => [...flowers(f, area, occupied, f.detail), ...tufts(f, area, occupied, f.detail * 2)],
  );
}

/** Winter: snowy hills, snow-covered pines and falling snowflakes. */
export function winter(frame: BackgroundFrame): Background {
  const base = landscape(
    frame,
    (f, groundY, list, reserved) => {
      const { width: W, unit: u } = f;
      list.push({ d: hill(W * 0.2, W * 1.4, groundY + u * 30, groundY - u * 150, f.height + 60), fill: COLORS.snow });
      const count = f.detail === 1 ? 2 : 3;
      for (let i = 0; i < count; i++) {
        const tall = (f.height - f.skyTop) * (i === 2 ? 0.26 : 0.36);
        const x = pineX(f, [W * 0.1, W * 0.86, W * 0.62][i] ?? W / 2, tall);
        const h = belowSun(f, reserved, x, tall * 0.25, groundY + u * 10, tall);
        list.push(...pineTree(x, groundY + u * 10, h).map((d, k) => ({ d, fill: k === 0 ? COLORS.trunk : COLORS.darkGrass })));
        reserved.push({ x: x - h * 0.25, y: groundY - h, width: h * 0.5, height: h });
      }
      list.push(ground(f, groundY, COLORS.snow));
    },
    (f, _g, area, occupied) => tufts(f, area, occupied, 0),
    { sun: frame.detail > 1 },
  );
  return {
    ...base,
    scatter(occupied) {
      const { unit: u, random, detail } = frame;
      const sky = base.scatter(occupied);
      // Snowflakes stay clear of the hills: an arm ending near a line would read as a gap in it.
      const area = { x: u * 30, y: frame.skyTop, width: frame.width - u * 60, height: (base.groundY ?? frame.height) - frame.skyTop - u * 230 };
      const flakes = scatterBoxes(random, detail * 4 + 2, area, () => ({ width: u * 80, height: u * 80 }), occupied, u * 50);
      const snow: SceneShape[] = flakes.map((b) => ({ d: snowflake(b.x + b.width / 2, b.y + b.height / 2, b.width / 2, detail > 1), fill: "none", line: "open" }));
      return [...sky, shapes(frame.line, snow)];
    },
  };
}
