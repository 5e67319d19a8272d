import type { ImageModelInfo } from "./models";

export interface RequestSize {
  width: number;
  height: number;
  /** The `size` parameter as the API takes it, "WxH". */
  size: string;
}

function parse(size: string): RequestSize {
  const [w, h] = size.split("x").map(Number) as [number, number];
  return { width: w, height: h, size };
}

/**
 * The size to ask the model for so that an image of the given aspect (width / height) loses as
 * little as possible when fitted or cropped: the closest listed size for fixed-size models, an
 * exact multiple-of-16 size of about 1.5 megapixels for flexible ones.
 */
export function chooseRequestSize(model: ImageModelInfo, aspect: number): RequestSize {
  if (model.sizing === "flexible" && model.flexible) {
    const f = model.flexible;
    const clamped = Math.min(Math.max(aspect, 1 / f.maxAspect), f.maxAspect);
    const targetPixels = Math.min(1536 * 1024, f.maxPixels);
    let width = Math.round(Math.sqrt(targetPixels * clamped) / f.multiple) * f.multiple;
    let height = Math.round(width / clamped / f.multiple) * f.multiple;
    width = Math.min(width, f.maxSide);
    height = Math.min(height, f.maxSide);
    // Rounding to the multiple can push an extreme aspect just past the limit: pull the long side in.
    while (width / height > f.maxAspect) width -= f.multiple;
    while (height / width > f.maxAspect) height -= f.multiple;
    return { width, height, size: `${width}x${height}` };
  }
  let best = parse(model.sizes[0] ?? "1024x1024");
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const size of model.sizes) {
    const candidate = parse(size);
    const distance = Math.abs(Math.log(candidate.width / candidate.height / aspect));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The largest box of the given aspect that fits in width × height, centred: for exact crops. */
export function centredCrop(width: number, height: number, aspect: number): { left: number; top: number; width: number; height: number } {
  if (width / height > aspect) {
    const w = Math.round(height * aspect);
    return { left: Math.floor((width - w) / 2), top: 0, width: w, height };
  }
  const h = Math.round(width / aspect);
  return { left: 0, top: Math.floor((height - h) / 2), width, height: h };
}
