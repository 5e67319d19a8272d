/** Colour grading of a rendered frame, done once over its pixels (fast, exact and deterministic). */
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
  /** Darkening of the corners, 0–1. */
  vignette: number;
}

/** The rows a grade applies to (the picture between letterbox bars); rows outside become black. */
export interface GradeRegion {
  top: number;
  bottom: number;
}

/**
 * Grades premultiplied RGBA pixels from resvg (the frame is opaque, so they are plain RGB) into
 * a packed RGB buffer. Rows outside `region` are left black (the letterbox).
 */
export function gradeFrame(rgba: Uint8Array, width: number, height: number, grade: Grade, region: GradeRegion): Uint8Array {
  const out = new Uint8Array(width * height * 3);
  const { saturation: sat, contrast, brightness, tint, lift, shadows, highlights, vignette } = grade;
  const identity =
    sat === 1 && contrast === 1 && brightness === 1 && lift === 0 && vignette === 0 &&
    tint.every((t) => t === 1) && shadows.every((s) => s === 0) && highlights.every((h) => h === 0);
  // Horizontal and vertical parts of the vignette, measured over the picture region.
  const rows = region.bottom - region.top;
  const colTerm = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const dx = (x + 0.5) / width - 0.5;
    colTerm[x] = dx * dx * 2;
  }
  for (let y = region.top; y < region.bottom; y++) {
    const dy = (y + 0.5 - region.top) / rows - 0.5;
    const rowTerm = dy * dy * 2;
    let s = y * width * 4;
    let d = y * width * 3;
    if (identity) {
      for (let x = 0; x < width; x++, s += 4, d += 3) {
        out[d] = rgba[s] as number;
        out[d + 1] = rgba[s + 1] as number;
        out[d + 2] = rgba[s + 2] as number;
      }
      continue;
    }
    for (let x = 0; x < width; x++, s += 4, d += 3) {
      let r = (rgba[s] as number) / 255;
      let g = (rgba[s + 1] as number) / 255;
      let b = (rgba[s + 2] as number) / 255;
      const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      r = l + (r - l) * sat;
      g = l + (g - l) * sat;
      b = l + (b - l) * sat;
      r *= tint[0];
      g *= tint[1];
      b *= tint[2];
      const dark = (1 - l) * (1 - l);
      const light = l * l;
      r += shadows[0] * dark + highlights[0] * light;
      g += shadows[1] * dark + highlights[1] * light;
      b += shadows[2] * dark + highlights[2] * light;
      r = (r - 0.5) * contrast + 0.5;
      g = (g - 0.5) * contrast + 0.5;
      b = (b - 0.5) * contrast + 0.5;
      let k = brightness;
      if (vignette > 0) {
        const v = (colTerm[x] as number) + rowTerm - 0.18;
        if (v > 0) k *= 1 - vignette * Math.min(1, v * 1.25) ** 1.4;
      }
      r = lift + (1 - lift) * r * k;
      g = lift + (1 - lift) * g * k;
      b = lift + (1 - lift) * b * k;
      out[d] = r <= 0 ? 0 : r >= 1 ? 255 : (r * 255 + 0.5) | 0;
      out[d + 1] = g <= 0 ? 0 : g >= 1 ? 255 : (g * 255 + 0.5) | 0;
      out[d + 2] = b <= 0 ? 0 : b >= 1 ? 255 : (b * 255 + 0.5) | 0;
    }
  }
  return out;
}

/** Paints premultiplied RGBA pixels (a caption) over an RGB frame at (x, y). */
export function overlay(rgb: Uint8Array, width: number, rgba: Uint8Array, w: number, h: number, x: number, y: number): void {
  for (let row = 0; row < h; row++) {
    let s = row * w * 4;
    let d = ((y + row) * width + x) * 3;
    for (let col = 0; col < w; col++, s += 4, d += 3) {
      const a = rgba[s + 3] as number;
      if (a === 0) continue;
      const keep = 255 - a;
      rgb[d] = (rgba[s] as number) + (((rgb[d] as number) * keep + 127) / 255 | 0);
      rgb[d + 1] = (rgba[s + 1] as number) + (((rgb[d + 1] as number) * keep + 127) / 255 | 0);
      rgb[d + 2] = (rgba[s + 2] as number) + (((rgb[d + 2] as number) * keep + 127) / 255 | 0);
    }
  }
}
