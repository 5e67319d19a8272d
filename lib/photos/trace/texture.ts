/**
 * Texture flattening. Fur, grass, foliage and patterned cloth are made of many small, crisp edges
 * that edge-preserving filters keep (each strand is a real edge), so segmentation turns them into
 * a tangle of patches. What sets texture apart from an outline is density: many edges close
 * together rather than one. Where edges are dense the photo is replaced by a strongly blurred
 * copy, so a furry body becomes one area while the outline around it, a lone edge, stays sharp.
 */
import { MatScope, type Cv } from "./opencv";

export interface TextureOptions {
  /** Window over which edge density is measured, as a fraction of the long side. */
  window: number;
  /** Edge density (share of edge pixels in the window) where flattening starts, and where it is complete. */
  from: number;
  to: number;
  /** Blur of the flattened copy (Gaussian sigma), as a fraction of the long side. */
  blur: number;
}

export const TEXTURE: TextureOptions = { window: 0.03, from: 0.15, to: 0.35, blur: 0.005 };

/**
 * Returns `rgb` with its textured parts blended towards a blurred copy, and the flattening weight
 * per pixel (0 = untouched … 1 = fully flattened), which also tells where detail lines would only
 * trace texture.
 */
export function flattenTexture(cv: Cv, rgb: Uint8Array, grey: Uint8Array, width: number, height: number, options: TextureOptions = TEXTURE): { rgb: Uint8Array; weight: Float32Array } {
  const scope = new MatScope(cv);
  try {
    const long = Math.max(width, height);
    const edges = scope.mat();
    // Low fixed thresholds on the smoothed grey: every visible strand counts towards density.
    cv.Canny(scope.fromBytes(height, width, cv.CV_8UC1, grey), edges, 20, 50, 3, false);
    const density = scope.mat();
    const w = Math.max(3, Math.round(long * options.window) | 1);
    const edgeFloat = scope.mat();
    edges.convertTo(edgeFloat, cv.CV_32F, 1 / 255, 0);
    cv.boxFilter(edgeFloat, density, -1, new cv.Size(w, w), new cv.Point(-1, -1), true, cv.BORDER_REPLICATE);
    const blurred = scope.mat();
    const sigma = Math.max(1, long * options.blur);
    cv.GaussianBlur(scope.fromBytes(height, width, cv.CV_8UC3, rgb), blurred, new cv.Size(0, 0), sigma, sigma, cv.BORDER_REPLICATE);
    const d = density.data32F;
    const b = blurred.data;
    const weight = new Float32Array(width * height);
    const out = new Uint8Array(rgb.length);
    for (let p = 0; p < weight.length; p++) {
      const t = Math.min(1, Math.max(0, (d[p]! - options.from) / (options.to - options.from)));
      weight[p] = t;
      for (let c = 0; c < 3; c++) out[p * 3 + c] = Math.round(rgb[p * 3 + c]! * (1 - t) + b[p * 3 + c]! * t);
    }
    return { rgb: out, weight };
  } finally {
    scope.dispose();
  }
}
