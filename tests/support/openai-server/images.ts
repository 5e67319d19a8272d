/**
 * Real image bytes for the fake Images API: simple black line art (a house, the sun, a tree or a
 * flower, clouds, stars) on white, drawn as SVG and rendered with sharp. Deterministic per seed
 * (a hash of the prompt): the seed moves and varies the shapes. Partial images draw only the first
 * shapes, in grey. Results are cached per size + seed + stage + format.
 */
import { createHash } from "node:crypto";
import sharp from "sharp";
import type { OutputFormat } from "./models";

export interface RenderOptions {
  width: number;
  height: number;
  seed: string;
  format?: OutputFormat;
  transparent?: boolean;
  /** Partial image `index` of `of` partials (omit for the final image). */
  partial?: { index: number; of: number };
  /** Fine cross-hatching over the middle: a page too busy to color, which no repair can fix. */
  hatched?: boolean;
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function seedBytes(seed: string): number[] {
  const digest = createHash("sha256").update(seed).digest();
  return [...digest];
}

function r(n: number): string {
  return n.toFixed(1);
}

function shapes(width: number, height: number, seed: string): string[] {
  const b = seedBytes(seed);
  const at = (i: number): number => (b[i % b.length] ?? 0) / 255;
  const s = Math.min(width, height);
  const out: string[] = [];

  // Ground line.
  const groundY = height * (0.8 + 0.08 * at(0));
  out.push(`<path d="M 0 ${r(groundY)} Q ${r(width * 0.5)} ${r(groundY - s * 0.04 * at(1))} ${r(width)} ${r(groundY)}"/>`);

  // House: body, roof, door, window.
  const hw = s * (0.28 + 0.1 * at(2));
  const hh = hw * (0.75 + 0.2 * at(3));
  const hx = width * (0.12 + 0.25 * at(4));
  const hy = groundY - hh;
  const roofPeak = hy - hw * (0.45 + 0.2 * at(5));
  out.push(`<rect x="${r(hx)}" y="${r(hy)}" width="${r(hw)}" height="${r(hh)}"/>`);
  out.push(`<path d="M ${r(hx - hw * 0.1)} ${r(hy)} L ${r(hx + hw / 2)} ${r(roofPeak)} L ${r(hx + hw * 1.1)} ${r(hy)} Z"/>`);
  out.push(`<rect x="${r(hx + hw * 0.4)}" y="${r(groundY - hh * 0.5)}" width="${r(hw * 0.2)}" height="${r(hh * 0.5)}" rx="${r(hw * 0.03)}"/>`);
  out.push(`<rect x="${r(hx + hw * 0.1)}" y="${r(hy + hh * 0.2)}" width="${r(hw * 0.2)}" height="${r(hw * 0.2)}"/>` +
    `<path d="M ${r(hx + hw * 0.2)} ${r(hy + hh * 0.2)} V ${r(hy + hh * 0.2 + hw * 0.2)} M ${r(hx + hw * 0.1)} ${r(hy + hh * 0.2 + hw * 0.1)} H ${r(hx + hw * 0.3)}"/>`);

  // Sun with a seed-dependent number of rays.
  const sunR = s * (0.06 + 0.05 * at(6));
  const sunX = width * (0.7 + 0.2 * at(7));
  const sunY = height * (0.12 + 0.1 * at(8));
  const rays = 6 + Math.floor(at(9) * 7);
  const rayPaths: string[] = [];
  for (let i = 0; i < rays; i += 1) {
    const a = (2 * Math.PI * i) / rays;
    rayPaths.push(
      `M ${r(sunX + Math.cos(a) * sunR * 1.3)} ${r(sunY + Math.sin(a) * sunR * 1.3)} L ${r(sunX + Math.cos(a) * sunR * 1.75)} ${r(sunY + Math.sin(a) * sunR * 1.75)}`,
    );
  }
  out.push(`<circle cx="${r(sunX)}" cy="${r(sunY)}" r="${r(sunR)}"/><path d="${rayPaths.join(" ")}"/>`);

  // A tree, a flower or a balloon, chosen by the seed.
  const px = Math.min(width * 0.92, hx + hw * 1.3 + s * 0.15 + width * 0.15 * at(10));
  const kind = Math.floor(at(11) * 3);
  if (kind === 0) {
    const th = s * (0.15 + 0.1 * at(12));
    out.push(`<rect x="${r(px - s * 0.025)}" y="${r(groundY - th)}" width="${r(s * 0.05)}" height="${r(th)}"/>`);
    out.push(`<circle cx="${r(px)}" cy="${r(groundY - th - s * 0.07)}" r="${r(s * (0.09 + 0.04 * at(13)))}"/>`);
  } else if (kind === 1) {
    const fh = s * (0.12 + 0.08 * at(12));
    const cy = groundY - fh;
    const pr = s * 0.03;
    const petals: string[] = [];
    const count = 5 + Math.floor(at(13) * 3);
    for (let i = 0; i < count; i += 1) {
      const a = (2 * Math.PI * i) / count;
      petals.push(`<circle cx="${r(px + Math.cos(a) * pr * 1.6)}" cy="${r(cy + Math.sin(a) * pr * 1.6)}" r="${r(pr)}"/>`);
    }
    out.push(`<path d="M ${r(px)} ${r(groundY)} L ${r(px)} ${r(cy)}"/>${petals.join("")}<circle cx="${r(px)}" cy="${r(cy)}" r="${r(pr)}"/>`);
  } else {
    const by = height * (0.3 + 0.15 * at(12));
    const br = s * (0.06 + 0.03 * at(13));
    out.push(`<ellipse cx="${r(px)}" cy="${r(by)}" rx="${r(br)}" ry="${r(br * 1.2)}"/><path d="M ${r(px)} ${r(by + br * 1.2)} Q ${r(px - br * 0.5)} ${r(by + br * 2.5)} ${r(px)} ${r(groundY - s * 0.02)}"/>`);
  }

  // One or two clouds.
  const clouds = 1 + Math.floor(at(14) * 2);
  for (let i = 0; i < clouds; i += 1) {
    const cx = width * (0.15 + 0.45 * at(15 + i));
    const cy = height * (0.1 + 0.12 * at(17 + i));
    const cr = s * (0.035 + 0.02 * at(19 + i));
    out.push(
      `<path d="M ${r(cx - cr * 2)} ${r(cy + cr)} A ${r(cr)} ${r(cr)} 0 0 1 ${r(cx - cr)} ${r(cy)} A ${r(cr * 1.2)} ${r(cr * 1.2)} 0 0 1 ${r(cx + cr)} ${r(cy)} A ${r(cr)} ${r(cr)} 0 0 1 ${r(cx + cr * 2)} ${r(cy + cr)} Z"/>`,
    );
  }

  // A few small stars.
  const stars = 1 + Math.floor(at(21) * 4);
  for (let i = 0; i < stars; i += 1) {
    const cx = width * (0.05 + 0.9 * at(22 + i));
    const cy = height * (0.35 + 0.3 * at(26 + i));
    const sr = s * 0.02;
    const pts: string[] = [];
    for (let k = 0; k < 10; k += 1) {
      const a = -Math.PI / 2 + (Math.PI * k) / 5;
      const rr = k % 2 === 0 ? sr : sr * 0.45;
      pts.push(`${r(cx + Math.cos(a) * rr)},${r(cy + Math.sin(a) * rr)}`);
    }
    out.push(`<polygon points="${pts.join(" ")}"/>`);
  }
  return out;
}

/** Crossed lines 1/64 of the width apart over the middle of the picture. */
function hatching(width: number, height: number, strokeWidth: number): string {
  const step = Math.max(4, Math.round(width / 64));
  const [x0, x1, y0, y1] = [Math.round(width * 0.2), Math.round(width * 0.8), Math.round(height * 0.2), Math.round(height * 0.8)];
  let d = "";
  for (let x = x0; x <= x1; x += step) d += `M${x} ${y0}V${y1}`;
  for (let y = y0; y <= y1; y += step) d += `M${x0} ${y}H${x1}`;
  return `<path d="${d}" stroke-width="${Math.max(2, Math.round(strokeWidth / 2))}"/>`;
}

export function lineArtSvg(options: RenderOptions): string {
  const { width, height, seed, partial } = options;
  const all = shapes(width, height, seed);
  const count = partial ? Math.max(1, Math.ceil(((partial.index + 1) / (partial.of + 1)) * all.length)) : all.length;
  const strokeWidth = Math.max(2, Math.round(Math.min(width, height) / 170));
  const stroke = partial ? "#555" : "#000";
  const background = options.transparent ? "" : `<rect width="100%" height="100%" fill="#fff"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    background +
    `<g fill="none" stroke="${stroke}" stroke-width="${strokeWidth}" stroke-linejoin="round" stroke-linecap="round">` +
    all.slice(0, count).join("") +
    (options.hatched ? hatching(width, height, strokeWidth) : "") +
    `</g></svg>`
  );
}

const CACHE_LIMIT = 64;
const cache = new Map<string, Promise<Buffer>>();

async function encode(options: RenderOptions): Promise<Buffer> {
  const format = options.format ?? "png";
  let pipeline = sharp(Buffer.from(lineArtSvg(options)));
  if (!options.transparent || format === "jpeg") pipeline = pipeline.flatten({ background: "#ffffff" });
  if (format === "jpeg") return pipeline.jpeg({ quality: 90 }).toBuffer();
  if (format === "webp") return pipeline.webp({ quality: 90 }).toBuffer();
  return pipeline.png({ compressionLevel: 6 }).toBuffer();
}

/** Render (or reuse) an image. */
export function renderImage(options: RenderOptions): Promise<Buffer> {
  const key = [
    options.width,
    options.height,
    options.seed,
    options.format ?? "png",
    options.transparent ? "t" : "o",
    options.partial ? `${options.partial.index}/${options.partial.of}` : "final",
    options.hatched ? "hatched" : "plain",
  ].join(":");
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const promise = encode(options);
  cache.set(key, promise);
  promise.catch(() => cache.delete(key));
  while (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return promise;
}

export type ImageKind = "png" | "jpeg" | "webp";

/** Identify PNG / JPEG / WebP by magic bytes. */
export function sniffImage(bytes: Uint8Array): ImageKind | undefined {
  if (
    bytes.length >= 8 &&
    bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 &&
    bytes[4] === 0x0d && bytes[5] === 0x0a && bytes[6] === 0x1a && bytes[7] === 0x0a
  ) {
    return "png";
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (
    bytes.length >= 12 &&
    bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46 &&
    bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50
  ) {
    return "webp";
  }
  return undefined;
}

export const MIME_BY_KIND: Readonly<Record<ImageKind, string>> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
};
