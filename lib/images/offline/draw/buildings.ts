import type { SceneShape } from "../scene";
import { circle, line, polygon, rect } from "./basic";

/** A red barn `w` wide standing on `ground`, with a cross-braced door. */
export function barn(x: number, ground: number, w: number, detail: number): SceneShape[] {
  const h = w * 0.62;
  const wall = ground - h;
  const roofTop = wall - w * 0.32;
  const out: SceneShape[] = [
    { d: polygon([[x, ground], [x, wall], [x + w / 2, roofTop], [x + w, wall], [x + w, ground]]), fill: "#d9534f" },
    { d: polygon([[x - w * 0.05, wall + w * 0.03], [x + w / 2, roofTop - w * 0.05], [x + w * 1.05, wall + w * 0.03], [x + w * 1.05, wall - w * 0.04], [x + w / 2, roofTop - w * 0.13], [x - w * 0.05, wall - w * 0.04]]), fill: "#8a5a44" },
  ];
  const dw = w * 0.42;
  const dx = x + (w - dw) / 2;
  const dy = ground - h * 0.62;
  out.push({ d: rect(dx, dy, dw, ground - dy), fill: "#f5f1e6" });
  out.push({ d: line([[dx, dy], [dx + dw, ground]]) + line([[dx + dw, dy], [dx, ground]]), fill: "none", line: "open" });
  out.push({ d: rect(x + w / 2 - w * 0.09, wall - w * 0.13, w * 0.18, w * 0.14), fill: "#f5f1e6" });
  if (detail > 1) for (let i = 1; i < 4; i++) out.push({ d: line([[x, wall + (i * h) / 4.2], [dx, wall + (i * h) / 4.2]]) + line([[dx + dw, wall + (i * h) / 4.2], [x + w, wall + (i * h) / 4.2]]), fill: "none", line: "open" });
  return out;
}

/** A wooden fence along `ground` from x0 to x1. */
export function fence(x0: number, x1: number, ground: number, h: number): SceneShape[] {
  const post = h * 0.22;
  const gap = h * 0.75;
  const count = Math.max(2, Math.round((x1 - x0) / gap));
  const step = (x1 - x0) / count;
  const out: SceneShape[] = [
    { d: rect(x0 - post, ground - h * 0.75, x1 - x0 + 2 * post, h * 0.14), fill: "#c8945c" },
    { d: rect(x0 - post, ground - h * 0.4, x1 - x0 + 2 * post, h * 0.14), fill: "#c8945c" },
  ];
  for (let i = 0; i <= count; i++) {
    const x = x0 + i * step - post / 2;
    out.push({ d: polygon([[x, ground], [x, ground - h * 0.85], [x + post / 2, ground - h], [x + post, ground - h * 0.85], [x + post, ground]]), fill: "#deb07a" });
  }
  return out;
}

/** A city building: a block with a grid of windows and a door. */
export function building(x: number, ground: number, w: number, h: number, cols: number, rows: number, fill: string): SceneShape[] {
  const out: SceneShape[] = [{ d: rect(x, ground - h, w, h + 2), fill }];
  const ww = (w / cols) * 0.5;
  const wh = Math.min(ww * 1.3, ((h * 0.75) / rows) * 0.6);
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const wx = x + (w / cols) * (c + 0.25);
      const wy = ground - h + h * 0.08 + ((h * 0.72) / rows) * r;
      out.push({ d: rect(wx, wy, ww, wh, ww * 0.12), fill: "#fff6b3" });
    }
  }
  const dw = Math.min(w * 0.3, h * 0.2);
  out.push({ d: rect(x + (w - dw) / 2, ground - dw * 1.5, dw, dw * 1.5, dw * 0.15), fill: "#8a5a44" });
  return out;
}

/** A fairy-tale castle on `ground`: wall with battlements, towers with cone roofs, a gate. */
export function castle(cx: number, ground: number, w: number, detail: number): SceneShape[] {
  const wallH = w * 0.36;
  const wallTop = ground - wallH;
  const merlon = w * 0.06;
  const wallPts: Array<[number, number]> = [[cx - w * 0.36, ground]];
  const x0 = cx - w * 0.36;
  const count = Math.floor((w * 0.72) / (merlon * 2));
  const step = (w * 0.72) / count;
  for (let i = 0; i < count; i++) {
    const x = x0 + i * step;
    wallPts.push([x, wallTop], [x + step / 2, wallTop], [x + step / 2, wallTop + merlon], [x + step, wallTop + merlon]);
  }
  wallPts.push([cx + w * 0.36, wallTop], [cx + w * 0.36, ground]);
  const out: SceneShape[] = [];
  const keepW = w * 0.26;
  const keepTop = wallTop - w * 0.22;
  out.push({ d: rect(cx - keepW / 2, keepTop, keepW, ground - keepTop), fill: "#c9c3e6" });
  out.push({ d: polygon([[cx - keepW * 0.62, keepTop], [cx, keepTop - w * 0.26], [cx + keepW * 0.62, keepTop]]), fill: "#7f6fd1" });
  out.push({ d: polygon(wallPts), fill: "#ddd8f2" });
  for (const side of [-1, 1]) {
    const tx = cx + side * w * 0.4;
    const tw = w * 0.17;
    const tTop = wallTop - w * 0.1;
    out.push({ d: rect(tx - tw / 2, tTop, tw, ground - tTop), fill: "#c9c3e6" });
    out.push({ d: polygon([[tx - tw * 0.65, tTop], [tx, tTop - w * 0.22], [tx + tw * 0.65, tTop]]), fill: "#f08ab4" });
    out.push({ d: rect(tx - tw * 0.14, tTop + tw * 0.45, tw * 0.28, tw * 0.5, tw * 0.14), fill: "#fff6b3" });
  }
  const gw = w * 0.16;
  const gh = wallH * 0.55;
  out.push({ d: `M${cx - gw / 2} ${ground}V${ground - gh + gw / 2}a${gw / 2} ${gw / 2} 0 0 1 ${gw} 0V${ground}z`, fill: "#8a5a44" });
  out.push({ d: circle(cx, keepTop + keepW * 0.45, keepW * 0.16), fill: "#fff6b3" });
  if (detail > 1) {
    for (const side of [-1, 1]) out.push({ d: rect(cx + side * w * 0.2 - w * 0.03, wallTop + merlon + wallH * 0.2, w * 0.06, w * 0.08, w * 0.03), fill: "#fff6b3" });
  }
  return out;
}

/** A window with two curtains, for a room's wall. */
export function roomWindow(x: number, y: number, w: number, h: number): SceneShape[] {
  const out: SceneShape[] = [
    { d: rect(x, y, w, h, w * 0.04), fill: "#bfe8ff" },
    { d: line([[x + w / 2, y], [x + w / 2, y + h]]) + line([[x, y + h / 2], [x + w, y + h / 2]]), fill: "none", line: "open" },
    { d: rect(x - w * 0.08, y + h, w * 1.16, h * 0.08, h * 0.03), fill: "#deb07a" },
  ];
  for (const side of [0, 1]) {
    const cx = side === 0 ? x - w * 0.1 : x + w * 0.82;
    out.push({ d: `M${cx} ${y - h * 0.06}h${w * 0.28}q${-w * 0.12} ${h * 0.5} ${side === 0 ? -w * 0.04 : w * 0.04} ${h * 1.02}h${-w * 0.28}q${w * 0.1} ${-h * 0.5} ${side === 0 ? w * 0.04 : -w * 0.04} ${-h * 1.02}z`, fill: "#f08ab4" });
  }
  out.push({ d: rect(x - w * 0.16, y - h * 0.1, w * 1.32, h * 0.05, h * 0.02), fill: "#8a5a44" });
  return out;
}
