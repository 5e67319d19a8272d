/** Colour gradient of the working image, in ΔE units, for judging how strong a border is. */

/**
 * Colour contrast across each pixel: the L*a*b* distance (ΔE 76) between the pixels `reach` px
 * to either side, horizontally or vertically, whichever is larger. With a reach of a few pixels
 * a soft, out-of-focus edge between two colours reads as strongly as a crisp one.
 */
export function colourGradient(lab: Float32Array, width: number, height: number, reach: number): Float32Array {
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const up = Math.max(0, y - reach) * width;
    const row = y * width;
    const down = Math.min(height - 1, y + reach) * width;
    for (let x = 0; x < width; x++) {
      const l = (row + Math.max(0, x - reach)) * 3;
      const r = (row + Math.min(width - 1, x + reach)) * 3;
      const u = (up + x) * 3;
      const d = (down + x) * 3;
      let sx = 0;
      let sy = 0;
      for (let c = 0; c < 3; c++) {
        const gx = lab[r + c]! - lab[l + c]!;
        const gy = lab[d + c]! - lab[u + c]!;
        sx += gx * gx;
        sy += gy * gy;
      }
      out[row + x] = Math.sqrt(Math.max(sx, sy));
    }
  }
  return out;
}
