/** Small colour helpers for the storyboard painter (hex in, hex out). */

export type Rgb = [number, number, number];

const NAMED: Record<string, string> = { black: "#000000", white: "#ffffff" };

/** Parses "#rgb", "#rrggbb" or a few names to 0–255 channels; null when it is not a plain colour. */
export function parseHex(color: string): Rgb | null {
  const value = NAMED[color.toLowerCase()] ?? color;
  let hex = value.trim().replace(/^#/, "");
  if (hex.length === 3 || hex.length === 4) hex = hex.slice(0, 3).replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}/i.test(hex)) return null;
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

export function toHex([r, g, b]: Rgb): string {
  const c = (v: number): string => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, "0");
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** Linear mix of two colours, t = 0 gives `a`. */
export function mix(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return a;
  return toHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

/** How a look recolours the setting's bright coloring-book fills. */
export interface FillShift {
  /** Saturation multiplier (HSL). */
  saturation: number;
  /** Lightness multiplier (HSL). */
  lightness: number;
  /** A colour mixed in, and how much (0–1). */
  toward?: { color: string; amount: number };
}

function rgbToHsl([r, g, b]: Rgb): [number, number, number] {
  const R = r / 255;
  const G = g / 255;
  const B = b / 255;
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  h /= 6;
  return [h, s, l];
}

function hslToRgb([h, s, l]: [number, number, number]): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const hue = (p: number, q: number, t: number): number => {
    let u = t;
    if (u < 0) u += 1;
    if (u > 1) u -= 1;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return [hue(p, q, h + 1 / 3) * 255, hue(p, q, h) * 255, hue(p, q, h - 1 / 3) * 255];
}

const shifted = new Map<string, string>();

/** A fill recoloured by a shift (cached); anything that is not a plain colour is returned as is. */
export function shiftFill(fill: string, shift: FillShift): string {
  const key = `${fill}|${shift.saturation}|${shift.lightness}|${shift.toward?.color ?? ""}|${shift.toward?.amount ?? 0}`;
  const hit = shifted.get(key);
  if (hit) return hit;
  const rgb = parseHex(fill);
  let out = fill;
  if (rgb) {
    const [h, s, l] = rgbToHsl(rgb);
    out = toHex(hslToRgb([h, Math.min(1, s * shift.saturation), Math.min(1, l * shift.lightness)]));
    if (shift.toward) out = mix(out, shift.toward.color, shift.toward.amount);
  }
  if (shifted.size > 4000) shifted.clear();
  shifted.set(key, out);
  return out;
}
