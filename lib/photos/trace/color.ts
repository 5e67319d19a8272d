/** Colour conversion for the working image: sRGB bytes to CIE L*a*b* floats. */

const SRGB_TO_LINEAR = new Float32Array(256);
for (let i = 0; i < 256; i++) {
  const c = i / 255;
  SRGB_TO_LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

function labF(t: number): number {
  return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116;
}

/**
 * Converts interleaved RGB bytes to interleaved L*a*b* (D65) floats: L in 0…100 (times
 * `lightnessWeight`), a and b in about −128…127. Weighting lightness down makes distances
 * tolerant of shading, which mostly changes lightness, while hue and chroma still separate objects.
 */
export function rgbToLab(rgb: Uint8Array, pixels: number, lightnessWeight = 1): Float32Array {
  const lab = new Float32Array(pixels * 3);
  for (let p = 0, i = 0; p < pixels; p++, i += 3) {
    const r = SRGB_TO_LINEAR[rgb[i]!]!;
    const g = SRGB_TO_LINEAR[rgb[i + 1]!]!;
    const b = SRGB_TO_LINEAR[rgb[i + 2]!]!;
    const fx = labF((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const fy = labF(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const fz = labF((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    lab[i] = (116 * fy - 16) * lightnessWeight;
    lab[i + 1] = 500 * (fx - fy);
    lab[i + 2] = 200 * (fy - fz);
  }
  return lab;
}
