import { barn, castle, fence } from "../draw/buildings";
import { hill } from "../draw/land";
import type { Background, BackgroundFrame } from "./frame";
import { COLORS } from "./frame";
import { flowers, ground, landscape, tufts } from "./outdoor";

/** A farm: hills, a red barn on one side and a wooden fence behind the animals. */
export function farm(frame: BackgroundFrame): Background {
  return landscape(
    frame,
    (f, groundY, list, reserved) => {
      const { width: W, height: H, unit: u } = f;
      list.push({ d: hill(-W * 0.2, W * 0.6, groundY + u * 30, groundY - u * 170, H + 60), fill: COLORS.darkGrass });
      list.push({ d: hill(W * 0.4, W * 1.3, groundY + u * 30, groundY - u * 120, H + 60), fill: COLORS.darkGrass });
      list.push(ground(f, groundY, COLORS.grass));
      const bw = Math.min(W * 0.34, (H - f.skyTop) * 0.3);
      const left = f.inset !== null || f.random.chance(0.5);
      const bx = left ? u * 30 : W - bw - u * 30;
      const base = groundY + u * 40;
      list.push(...barn(bx, base, bw, f.detail));
      reserved.push({ x: bx, y: base - bw, width: bw, height: bw });
      // The fence stops inside the page: rails running off its edge would end side by side there.
      const fx0 = left ? bx + bw + u * 40 : u * 60;
      const fx1 = left ? W - u * 60 : bx - u * 40;
      // The youngest get no fence: its rails are too narrow to color with their bold lines.
      if (f.detail > 1) list.push(...fence(fx0, fx1, base + u * 10, u * 120));
    },
    (f, _g, area, occupied) => [...tufts(f, area, occupied, f.detail * 2), ...(f.detail === 3 ? flowers(f, area, occupied, 2) : [])],
  );
}

/** A fairy-tale castle on a hill behind the subjects, with a winding path. */
export function castleScene(frame: BackgroundFrame): Background {
  return landscape(
    frame,
    (f, groundY, list, reserved) => {
      const { width: W, height: H, unit: u } = f;
      list.push({ d: hill(-W * 0.3, W * 1.3, groundY + u * 20, groundY - u * 120, H + 60), fill: COLORS.darkGrass });
      const cw = Math.min(W * 0.66, (groundY - f.skyTop) * 1.25);
      const base = groundY + u * 10;
      list.push(...castle(W / 2, base, cw, f.detail));
      reserved.push({ x: W / 2 - cw * 0.5, y: base - cw * 0.6, width: cw, height: cw * 0.45 });
      list.push(ground(f, groundY, COLORS.grass));
      const pathTop = groundY + u * 10;
      list.push({
        d: `M${W / 2 - u * 60} ${pathTop}C${W / 2 - u * 200} ${pathTop + (H - pathTop) * 0.4} ${W / 2 + u * 160} ${pathTop + (H - pathTop) * 0.6} ${W / 2 - u * 120} ${H + 60}H${W / 2 + u * 220}C${W / 2 + u * 360} ${pathTop + (H - pathTop) * 0.6} ${W / 2 - u * 40} ${pathTop + (H - pathTop) * 0.4} ${W / 2 + u * 60} ${pathTop}z`,
        fill: "#ecd9b0",
      });
    },
    (f, _g, area, occupied) => [...flowers(f, area, occupied, f.detail * 2), ...tufts(f, area, occupied, f.detail)],
    { sun: frame.detail > 1 },
  );
}
