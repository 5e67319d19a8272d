import { hill } from "../draw/land";
import { grassTuft } from "../draw/plants";
import type { SceneShape } from "../scene";
import { COLORS, fillPage, scatterBoxes, shapes, type Background, type BackgroundFrame } from "./frame";
import { placeClouds, placeSun } from "./sky";

/** A sunny day: sun, clouds, a gentle green hill line and a few tufts of grass. */
export function plain(frame: BackgroundFrame): Background {
  const { width: W, height: H, unit: u, random, detail } = frame;
  const groundY = frame.skyTop + (H - frame.skyTop) * 0.5;
  const theSun = placeSun(frame, random.chance(0.5) ? "left" : "right");
  const list: SceneShape[] = [fillPage(frame, COLORS.sky), ...theSun.shapes];
  list.push({ d: hill(-W * 0.3, W * 1.3, groundY + u * 60, groundY - u * 40, H + 60), fill: COLORS.grass });
  return {
    groundY,
    layers: [shapes(frame.line, list)],
    reserved: [theSun.box],
    scatter(occupied) {
      const clouds = placeClouds(frame, detail + 1, groundY - u * 120, occupied);
      const area = { x: u * 40, y: groundY + u * 60, width: W - u * 80, height: H - groundY - u * 100 };
      const tufts = scatterBoxes(random, detail * 3, area, () => ({ width: u * 90, height: u * 80 }), occupied, u * 30);
      const grass: SceneShape[] = tufts.flatMap((b) => grassTuft(b.x + b.width / 2, b.y + b.height, b.height).map((d) => ({ d, fill: COLORS.darkGrass })));
      return [shapes(frame.line, [...clouds, ...grass])];
    },
  };
}
