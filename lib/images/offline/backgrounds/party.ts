import { ellipse, line, polygon, rect, star } from "../draw/basic";
import { n, type Box, type SceneShape } from "../scene";
import { fillPage, scatterBoxes, shapes, type Background, type BackgroundFrame } from "./frame";

const FLAG_COLORS = ["#ff6fa5", "#ffd43b", "#58c4f6", "#a6d96a", "#b084f5"];

/** A heart `w` wide hanging from the middle of its top edge at (cx, top). */
export function heart(cx: number, top: number, w: number): string {
  const h = w * 0.95;
  const half = w / 2;
  return (
    `M${n(cx)} ${n(top + h * 0.28)}C${n(cx)} ${n(top + h * 0.02)} ${n(cx - half)} ${n(top - h * 0.06)} ${n(cx - half)} ${n(top + h * 0.3)}` +
    `C${n(cx - half)} ${n(top + h * 0.6)} ${n(cx - half * 0.2)} ${n(top + h * 0.8)} ${n(cx)} ${n(top + h)}` +
    `C${n(cx + half * 0.2)} ${n(top + h * 0.8)} ${n(cx + half)} ${n(top + h * 0.6)} ${n(cx + half)} ${n(top + h * 0.3)}` +
    `C${n(cx + half)} ${n(top - h * 0.06)} ${n(cx)} ${n(top + h * 0.02)} ${n(cx)} ${n(top + h * 0.28)}z`
  );
}

/**
 * A garland across the top of the wall. Flags hang with their top edge on the string itself (the
 * string is drawn through their corners, so no sliver opens between them); hearts hang on cords.
 */
function garland(frame: BackgroundFrame, top: number, hearts: boolean): { shapes: SceneShape[]; box: Box } {
  const { width: W, unit: u, detail } = frame;
  const count = detail === 1 ? 5 : detail === 2 ? 7 : 9;
  const sag = u * 90;
  const y = (x: number): number => top + sag * (1 - ((2 * x) / W - 1) ** 2);
  const step = (W + u * 40) / count;
  const fw = step * 0.62;
  const out: SceneShape[] = [];
  const string: Array<[number, number]> = [[-u * 20, y(-u * 20)]];
  for (let i = 0; i < count; i++) {
    const x0 = -u * 20 + step * i + (step - fw) / 2;
    const x1 = x0 + fw;
    const fill = FLAG_COLORS[i % FLAG_COLORS.length] ?? "#ff6fa5";
    if (hearts) {
      const cx = (x0 + x1) / 2;
      const cord = y(cx);
      // The cord runs down between the lobes to the heart's dip, so it ends on a line.
      const w = fw * 0.8;
      out.push({ d: line([[cx, cord], [cx, cord + u * 40 + w * 0.95 * 0.28]]), fill: "none", line: "open" });
      out.push({ d: heart(cx, cord + u * 40, w), fill: i % 2 === 0 ? "#ff5e7e" : "#ff9fb8" });
    } else {
      out.push({ d: polygon([[x0, y(x0)], [x1, y(x1)], [(x0 + x1) / 2, (y(x0) + y(x1)) / 2 + fw * 1.1]]), fill });
      string.push([x0, y(x0)], [x1, y(x1)]);
    }
  }
  string.push([W + u * 20, y(W + u * 20)]);
  out.unshift({ d: hearts ? line(Array.from({ length: 25 }, (_, k) => { const x = -u * 20 + ((W + u * 40) * k) / 24; return [x, y(x)] as [number, number]; })) : line(string), fill: "none", line: "open" });
  return { shapes: out, box: { x: 0, y: top, width: W, height: sag + fw * 1.2 + u * 40 } };
}

function background(frame: BackgroundFrame, hearts: boolean): Background {
  const { width: W, height: H, unit: u, random, detail } = frame;
  const floorY = frame.skyTop + (H - frame.skyTop) * 0.5;
  const list: SceneShape[] = [fillPage(frame, hearts ? "#ffe4ec" : "#fdf0d5")];
  const hung = garland(frame, frame.skyTop + u * 20, hearts);
  list.push(...hung.shapes);
  list.push({ d: rect(-60, floorY, W + 120, H), fill: "#e0b98a" });
  list.push({ d: rect(-60, floorY - u * 40, W + 120, u * 40), fill: "#f5f1e6" });
  if (detail > 1) list.push({ d: ellipse(W / 2, floorY + (H - floorY) * 0.62, W * 0.36, (H - floorY) * 0.2), fill: hearts ? "#ff9fb8" : "#b084f5" });
  return {
    groundY: floorY,
    layers: [shapes(frame.line, list)],
    reserved: [hung.box],
    scatter(occupied) {
      const wall = { x: u * 40, y: hung.box.y + hung.box.height, width: W - u * 80, height: floorY - hung.box.y - hung.box.height - u * 60 };
      const spots = scatterBoxes(random, detail * 2, wall, () => ({ width: u * 90, height: u * 90 }), occupied, u * 60);
      const decorations: SceneShape[] = spots.map((b, i) =>
        hearts ? { d: heart(b.x + b.width / 2, b.y, b.width), fill: "#ff9fb8" } : { d: star(b.x + b.width / 2, b.y + b.height / 2, b.width / 2, 5, 0.5, random.range(-0.3, 0.3)), fill: FLAG_COLORS[i % 5] ?? "#ffd43b" },
      );
      return [shapes(frame.line, decorations)];
    },
  };
}

/** A party room: a garland of flags across the wall, stars on it, a wooden floor and a rug. */
export function party(frame: BackgroundFrame): Background {
  return background(frame, false);
}

/** A room for Valentine's Day: a garland of hearts on cords, hearts on the wall, a pink rug. */
export function valentine(frame: BackgroundFrame): Background {
  return background(frame, true);
}
