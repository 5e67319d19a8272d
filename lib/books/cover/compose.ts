import { renderAsync } from "@resvg/resvg-js";
import sharp from "sharp";
import { createRandom, hashString, loadArt, type Random } from "@/lib/images/offline";
import { SETTINGS } from "@/lib/images/offline/settings";
import type { CoverCast } from "./cast";
import { COVER_PALETTES, type CoverPalette } from "./palettes";

/** The top share of the picture left to the title: subjects stay below it. */
export const TITLE_SHARE = 0.34;

export interface CoverArt {
  png: Buffer;
  width: number;
  height: number;
  palette: CoverPalette;
}

const n = (value: number) => String(Math.round(value * 10) / 10);

/** A subject placed on the picture: `box` is where its artwork is drawn (bottom centre on the ground), never stretched. */
export interface PlacedSubject {
  name: string;
  box: { x: number; y: number; width: number; height: number };
  flip: boolean;
  /** Drawn in front of the hero (else behind it). */
  front: boolean;
  hero: boolean;
  grounded: boolean;
}

/** An icon fitted in width × height with its bottom centre on (cx, bottom). */
function place(name: string, cx: number, bottom: number, width: number, height: number): PlacedSubject["box"] {
  const b = loadArt({ name }).bounds;
  const scale = Math.min(width / (b.maxX - b.minX || 1), height / (b.maxY - b.minY || 1));
  const w = (b.maxX - b.minX) * scale;
  const h = (b.maxY - b.minY) * scale;
  return { x: cx - w / 2, y: bottom - h, width: w, height: h };
}

/** The artwork in its own colors, with a white sticker outline so it stands out from any ground. */
function subjectSvg({ name, box, flip }: PlacedSubject, outline: number): string {
  const art = loadArt({ name });
  const b = art.bounds;
  const scale = box.width / (b.maxX - b.minX || 1);
  const transform = flip ? `translate(${n(box.x + box.width)} ${n(box.y)}) scale(${-scale} ${scale})` : `translate(${n(box.x)} ${n(box.y)}) scale(${scale})`;
  const solid = art.shapes
    .filter((s) => s.fill !== "none" && s.opacity >= 0.5)
    .map((s) => `<${s.tag} ${Object.entries(s.geometry).map(([k, v]) => `${k}="${v}"`).join(" ")}/>`)
    .join("");
  return (
    `<g transform="${transform} translate(${-b.minX} ${-b.minY})">` +
    `<g fill="#ffffff" stroke="#ffffff" stroke-width="${(outline * 2) / scale}" stroke-linejoin="round">${solid}</g>${art.body}</g>`
  );
}

function hills(W: number, top: number, H: number, bumps: number, amplitude: number, random: Random): string {
  let d = `M0 ${n(H)} L0 ${n(top)}`;
  const step = W / bumps;
  for (let i = 0; i < bumps; i++) {
    const x = step * (i + 1);
    const peak = top - amplitude * random.range(0.4, 1);
    d += ` Q${n(x - step / 2)} ${n(peak)} ${n(x)} ${n(top + random.range(-0.3, 0.3) * amplitude)}`;
  }
  return `${d} L${n(W)} ${n(H)} Z`;
}

function sparkle(x: number, y: number, r: number): string {
  const k = r * 0.28;
  return `M${n(x)} ${n(y - r)} Q${n(x + k)} ${n(y - k)} ${n(x + r)} ${n(y)} Q${n(x + k)} ${n(y + k)} ${n(x)} ${n(y + r)} Q${n(x - k)} ${n(y + k)} ${n(x - r)} ${n(y)} Q${n(x - k)} ${n(y - k)} ${n(x)} ${n(y - r)}Z`;
}

function background(palette: CoverPalette, W: number, H: number, ground: number, floating: boolean, random: Random): string {
  const unit = Math.min(W, H) / 100;
  let svg =
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette.skyTop}"/><stop offset="1" stop-color="${palette.skyHorizon}"/></linearGradient>` +
    `<radialGradient id="glow"><stop offset="0" stop-color="${palette.sun}" stop-opacity="0.55"/><stop offset="1" stop-color="${palette.sun}" stop-opacity="0"/></radialGradient></defs>` +
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  const sunX = W * (random.chance(0.5) ? random.range(0.12, 0.28) : random.range(0.72, 0.88));
  const sunY = H * random.range(0.42, 0.5);
  const r = unit * random.range(7, 10);
  svg += `<circle cx="${n(sunX)}" cy="${n(sunY)}" r="${n(r * 2.6)}" fill="url(#glow)"/><circle cx="${n(sunX)}" cy="${n(sunY)}" r="${n(r)}" fill="${palette.sun}"/>`;
  for (let i = 0; i < (palette.night ? 60 : 26); i++) {
    const x = random.range(0, W);
    const y = random.range(0, ground * 0.95);
    const color = random.pick(palette.sparkles);
    const size = unit * random.range(0.5, palette.night ? 1.4 : 2.2);
    svg += random.chance(0.5)
      ? `<path d="${sparkle(x, y, size * 1.6)}" fill="${color}" fill-opacity="${random.range(0.55, 0.95).toFixed(2)}"/>`
      : `<circle cx="${n(x)}" cy="${n(y)}" r="${n(size * 0.6)}" fill="${color}" fill-opacity="${random.range(0.45, 0.9).toFixed(2)}"/>`;
  }
  if (floating) {
    // A seabed or a planet's curve instead of hills.
    svg += `<ellipse cx="${n(W / 2)}" cy="${n(H * 1.32)}" rx="${n(W * 0.95)}" ry="${n(H * 0.42)}" fill="${palette.groundNear}"/>`;
    return svg;
  }
  svg += `<path d="${hills(W, ground - unit * 4, H, random.int(2, 4), unit * 9, random)}" fill="${palette.groundFar}"/>`;
  svg += `<path d="${hills(W, ground + unit * 3, H, random.int(2, 3), unit * 4, random)}" fill="${palette.groundNear}"/>`;
  return svg;
}

const SLOTS = [
  { x: 0.16, drop: 0.1, scale: 1, front: true },
  { x: 0.84, drop: 0.1, scale: 1, front: true },
  // Far away on the hills, beside the hero rather than behind it.
  { x: 0.1, drop: -0.05, scale: 0.6, front: false },
  { x: 0.9, drop: -0.05, scale: 0.6, front: false },
] as const;

/** Where each subject goes: the hero in the middle, companions in front on either side and far away on the hills. */
export function placeCoverSubjects(cast: CoverCast, W: number, H: number, ground: number, floating: boolean, random: Random): PlacedSubject[] {
  const [hero, ...others] = cast.subjects;
  const placed: PlacedSubject[] = others.slice(0, SLOTS.length).map((name, i) => {
    const slot = SLOTS[i]!;
    const size = H * 0.2 * slot.scale * random.range(0.92, 1.08);
    const cx = W * (slot.x + random.range(-0.025, 0.025));
    const bottom = floating ? H * (slot.front ? 0.9 : 0.56) + random.range(-0.03, 0.03) * H : ground + H * slot.drop;
    return { name, box: place(name, cx, bottom, W * (slot.front ? 0.28 : 0.17), size), flip: random.chance(0.5), front: slot.front, hero: false, grounded: !floating };
  });
  if (hero) {
    const cx = W * (0.5 + random.range(-0.04, 0.04));
    const bottom = floating ? H * 0.78 : ground + H * 0.05;
    placed.push({ name: hero, box: place(hero, cx, bottom, W * 0.56, H * 0.4), flip: random.chance(0.3), front: false, hero: true, grounded: !floating });
  }
  // Drawing order: far companions, the hero, then the companions in front.
  return [...placed.filter((p) => !p.front && !p.hero), ...placed.filter((p) => p.hero), ...placed.filter((p) => p.front)];
}

function shadow({ box, grounded }: PlacedSubject): string {
  if (!grounded) return "";
  const size = Math.max(box.width, box.height);
  return `<ellipse cx="${n(box.x + box.width / 2)}" cy="${n(box.y + box.height - size * 0.02)}" rx="${n(size * 0.42)}" ry="${n(size * 0.06)}" fill="#000" fill-opacity="0.14"/>`;
}

/** The picture as SVG, and where its subjects are. */
export function buildCoverSvg({ cast, seed, width: W, height: H }: { cast: CoverCast; seed: number; width: number; height: number }): { svg: string; subjects: PlacedSubject[] } {
  const palette = COVER_PALETTES[cast.setting];
  const random = createRandom((seed ^ hashString(`${cast.setting}:${cast.subjects.join(",")}`)) >>> 0);
  const floating = SETTINGS[cast.setting].floating;
  const ground = H * (floating ? 0.8 : 0.74);
  const outline = Math.min(W, H) * 0.006;
  let body = background(palette, W, H, ground, floating, random);
  const subjects = placeCoverSubjects(cast, W, H, ground, floating, random);
  for (const subject of subjects) body += shadow(subject) + subjectSvg(subject, outline);
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`, subjects };
}

/**
 * The offline cover picture: the book's subjects in the bundled artwork's own colors, a hero in
 * the middle and companions around it, on a bright sky and ground in the setting's palette, with
 * the top third left for the title. Exactly width × height RGB; the same cast and seed give the
 * same bytes.
 */
export async function composeCoverArt(input: { cast: CoverCast; seed: number; width: number; height: number }): Promise<CoverArt> {
  const { svg } = buildCoverSvg(input);
  const rendered = await renderAsync(svg, { fitTo: { mode: "original" }, background: "#ffffff", font: { loadSystemFonts: false }, logLevel: "off" });
  const png = await sharp(rendered.pixels, { raw: { width: rendered.width, height: rendered.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6, adaptiveFiltering: true })
    .toBuffer();
  return { png, width: rendered.width, height: rendered.height, palette: COVER_PALETTES[input.cast.setting] };
}
