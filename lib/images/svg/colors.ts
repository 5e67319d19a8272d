import { NAMED_COLORS } from "./named-colors";

export interface Rgb {
  r: number;
  g: number;
  b: number;
  /** 0–1. */
  alpha: number;
}

/** What a `fill` or `stroke` value means. */
export type Paint = { kind: "none" } | { kind: "current" } | { kind: "url"; id: string } | { kind: "color"; color: Rgb };

/**
 * A fill whose brightest channel (over white) stays below this is solid ink, like a pupil or a
 * black shape; any other fill is an area to color and becomes paper. Brightness, not luminance:
 * pure red or blue are dark by luminance yet are regions to color, while navy or charcoal are ink.
 */
export const INK_FILL_VALUE = 80;
/** A stroke lighter than this is a white highlight line; every other visible stroke is an outline. */
export const PAPER_STROKE_LUMINANCE = 240;

const clamp = (value: number, max: number): number => Math.min(max, Math.max(0, value));

function channel(token: string): number {
  return token.endsWith("%") ? clamp((Number.parseFloat(token) / 100) * 255, 255) : clamp(Number.parseFloat(token), 255);
}

function alphaOf(token: string | undefined): number {
  if (token === undefined) return 1;
  return token.endsWith("%") ? clamp(Number.parseFloat(token) / 100, 1) : clamp(Number.parseFloat(token), 1);
}

function hex(value: string): Rgb | null {
  const digits = value.slice(1);
  if (!/^[0-9a-f]+$/i.test(digits) || ![3, 4, 6, 8].includes(digits.length)) return null;
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join("") : digits;
  const part = (i: number): number => Number.parseInt(full.slice(i, i + 2), 16);
  return { r: part(0), g: part(2), b: part(4), alpha: full.length === 8 ? part(6) / 255 : 1 };
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number): number => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

function functional(value: string): Rgb | null {
  const match = /^(rgba?|hsla?)\(([^()]*)\)$/i.exec(value);
  if (!match?.[1] || match[2] === undefined) return null;
  const tokens = match[2].split(/[\s,/]+/).filter(Boolean);
  if (tokens.length < 3 || tokens.some((t) => !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?(%|deg)?$/i.test(t))) return null;
  if (match[1].toLowerCase().startsWith("rgb")) {
    return { r: channel(tokens[0]!), g: channel(tokens[1]!), b: channel(tokens[2]!), alpha: alphaOf(tokens[3]) };
  }
  const [r, g, b] = hslToRgb(((Number.parseFloat(tokens[0]!) % 360) + 360) % 360, clamp(Number.parseFloat(tokens[1]!) / 100, 1), clamp(Number.parseFloat(tokens[2]!) / 100, 1));
  return { r, g, b, alpha: alphaOf(tokens[3]) };
}

/** A CSS color (hex, rgb()/rgba(), hsl()/hsla(), a named color), or null when it is not one. */
export function parseColor(raw: string): Rgb | null {
  const value = raw.trim().toLowerCase();
  if (value === "transparent") return { r: 0, g: 0, b: 0, alpha: 0 };
  if (value.startsWith("#")) return hex(value);
  const named = NAMED_COLORS.get(value);
  if (named) return hex(`#${named}`);
  return functional(value);
}

/** A paint value; null for something Inkwell does not understand (which is then dropped). */
export function parsePaint(raw: string): Paint | null {
  const value = raw.trim();
  if (value === "none") return { kind: "none" };
  if (value.toLowerCase() === "currentcolor") return { kind: "current" };
  const url = /^url\(\s*['"]?#([A-Za-z_][\w.-]*)['"]?\s*\)(\s+.*)?$/.exec(value);
  if (url?.[1]) return { kind: "url", id: url[1] };
  const color = parseColor(value);
  return color ? { kind: "color", color } : null;
}

/** Perceived brightness 0–255 of a color seen over white paper at an opacity. */
export function luminanceOnWhite(color: Rgb, opacity = 1): number {
  const luminance = 0.299 * color.r + 0.587 * color.g + 0.114 * color.b;
  const a = clamp(color.alpha * opacity, 1);
  return 255 - (255 - luminance) * a;
}

export function isInkFill(color: Rgb, opacity = 1): boolean {
  const a = clamp(color.alpha * opacity, 1);
  const value = Math.max(color.r, color.g, color.b);
  return 255 - (255 - value) * a < INK_FILL_VALUE;
}

export function isInkStroke(color: Rgb, opacity = 1): boolean {
  return luminanceOnWhite(color, opacity) < PAPER_STROKE_LUMINANCE;
}
