/** Colour grading of a storyboard frame: one affine colour transform applied to the SVG's colours. */
export interface Grade {
  /** 0 grey, 1 unchanged, above 1 more vivid. */
  saturation: number;
  /** Around mid-grey; 1 unchanged. */
  contrast: number;
  /** A multiplier on the result. */
  brightness: number;
  /** Per-channel multipliers (a colour cast: warm, cold, sepia). */
  tint: readonly [number, number, number];
  /** Raises the blacks (a faded, filmic toe), 0–0.15. */
  lift: number;
  /** Added to dark tones and to light tones (split toning: teal shadows, orange highlights). */
  shadows: readonly [number, number, number];
  highlights: readonly [number, number, number];
  /** Darkening of the corners, 0–1 (drawn in the SVG, over the picture). */
  vignette: number;
}

type Matrix3 = [[number, number, number], [number, number, number], [number, number, number]];

const LUMA = [0.2126, 0.7152, 0.0722] as const;

/**
 * A grade as one affine colour transform `out = M · rgb + offset` (0–255 units): saturation,
 * tint, split toning (by luminance: shadows and highlights pushed apart in hue), contrast about
 * mid-grey, brightness and lifted blacks all compose into it.
 */
export function gradeMatrix(grade: Grade): { matrix: Matrix3; offset: [number, number, number] } {
  const { saturation: s, tint, shadows, highlights, contrast: k, brightness: b, lift } = grade;
  const matrix: Matrix3 = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  const offset: [number, number, number] = [0, 0, 0];
  const gain = (1 - lift) * b * k;
  for (let i = 0; i < 3; i++) {
    const row = matrix[i] as [number, number, number];
    const t = tint[i] as number;
    const split = (highlights[i] as number) - (shadows[i] as number);
    for (let j = 0; j < 3; j++) {
      const saturate = (1 - s) * (LUMA[j] as number) + (i === j ? s : 0);
      row[j] = gain * (t * saturate + split * (LUMA[j] as number));
    }
    offset[i] = 255 * ((1 - lift) * b * (k * (shadows[i] as number) + 0.5 * (1 - k)) + lift);
  }
  return { matrix, offset };
}

function isIdentity(grade: Grade): boolean {
  return (
    grade.saturation === 1 && grade.contrast === 1 && grade.brightness === 1 && grade.lift === 0 &&
    grade.tint.every((t) => t === 1) && grade.shadows.every((v) => v === 0) && grade.highlights.every((v) => v === 0)
  );
}

const NAMED: Record<string, string> = {
  black: "#000000", white: "#ffffff", red: "#ff0000", green: "#008000", navy: "#000080", azure: "#f0ffff", blue: "#0000ff",
};
const COLOR_ATTR = /\b(fill|stroke|stop-color)="(#[0-9a-fA-F]{3,8}|[a-z]+)"/g;

function expand(color: string): [number, number, number] | null {
  const value = NAMED[color] ?? color;
  if (!value.startsWith("#")) return null;
  let hex = value.slice(1);
  if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
  if (hex.length !== 6) return null;
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

/**
 * Applies a grade to every colour of an SVG fragment (fills, strokes, gradient stops). The grade
 * is affine and rendering only mixes colours (anti-aliasing, opacity), so grading the colours
 * before rendering gives the graded picture without a pass over its pixels.
 */
export function gradeSvg(svg: string, grade: Grade): string {
  if (isIdentity(grade)) return svg;
  const { matrix, offset } = gradeMatrix(grade);
  const cache = new Map<string, string>();
  const to = (v: number): string => (v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v)).toString(16).padStart(2, "0");
  return svg.replace(COLOR_ATTR, (whole, attr: string, color: string) => {
    let graded = cache.get(color);
    if (graded === undefined) {
      const rgb = expand(color.toLowerCase());
      if (!rgb) graded = color;
      else {
        const [r, g, b] = rgb;
        graded = "#" + matrix.map((row, i) => to(row[0] * r + row[1] * g + row[2] * b + (offset[i] as number))).join("");
      }
      cache.set(color, graded);
    }
    return graded === color ? whole : `${attr}="${graded}"`;
  });
}
