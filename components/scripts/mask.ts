// The edit mask in the OpenAI format: a PNG the size of the image, opaque where the image must
// stay and fully transparent (alpha 0) where the user painted, i.e. the part to change.

/** True when any pixel of the painting layer carries paint. */
export function hasPaint(layer: HTMLCanvasElement): boolean {
  const context = layer.getContext("2d");
  if (!context || layer.width === 0 || layer.height === 0) return false;
  const { data } = context.getImageData(0, 0, layer.width, layer.height);
  for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) return true;
  return false;
}

/**
 * The mask PNG at `width` × `height` (the image's natural size): black and opaque everywhere,
 * transparent wherever the painting layer has paint, with no half-transparent edge.
 */
export function buildMask(layer: HTMLCanvasElement, width: number, height: number): Promise<Blob> {
  const scaled = document.createElement("canvas");
  scaled.width = width;
  scaled.height = height;
  const scaledContext = scaled.getContext("2d");
  if (!scaledContext) return Promise.reject(new Error("2D canvas unavailable"));
  scaledContext.drawImage(layer, 0, 0, width, height);
  const painted = scaledContext.getImageData(0, 0, width, height);
  const mask = scaledContext.createImageData(width, height);
  for (let index = 0; index < painted.data.length; index += 4) {
    // RGB stay 0 (black); alpha 0 where painted, 255 elsewhere.
    mask.data[index + 3] = (painted.data[index + 3] ?? 0) > 0 ? 0 : 255;
  }
  scaledContext.putImageData(mask, 0, 0);
  return new Promise((resolve, reject) => {
    scaled.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The mask could not be encoded."))), "image/png");
  });
}
