/** Operations on label maps (one small integer per pixel): majority smoothing and connected regions. */

/**
 * Majority (mode) filter over a (2r+1)² window: removes speckle and smooths the wiggly borders
 * of colour-quantised regions. Ties keep the pixel's own label, so the result is stable.
 */
export function modeFilter(labels: Uint8Array, width: number, height: number, k: number, radius: number): Uint8Array {
  const out = new Uint8Array(labels.length);
  const columns = new Int32Array(width * k);
  const window = new Int32Array(k);
  for (let y = 0; y <= Math.min(radius, height - 1); y++) {
    for (let x = 0; x < width; x++) columns[x * k + labels[y * width + x]!]!++;
  }
  for (let y = 0; y < height; y++) {
    window.fill(0);
    for (let x = 0; x <= Math.min(radius, width - 1); x++) {
      for (let c = 0; c < k; c++) window[c]! += columns[x * k + c]!;
    }
    for (let x = 0; x < width; x++) {
      const own = labels[y * width + x]!;
      let best = own;
      let bestCount = window[own]!;
      for (let c = 0; c < k; c++) {
        if (window[c]! > bestCount) {
          bestCount = window[c]!;
          best = c;
        }
      }
      out[y * width + x] = best;
      const enter = x + radius + 1;
      const leave = x - radius;
      if (enter < width) for (let c = 0; c < k; c++) window[c]! += columns[enter * k + c]!;
      if (leave >= 0) for (let c = 0; c < k; c++) window[c]! -= columns[leave * k + c]!;
    }
    const add = y + radius + 1;
    const remove = y - radius;
    if (add < height) for (let x = 0; x < width; x++) columns[x * k + labels[add * width + x]!]!++;
    if (remove >= 0) for (let x = 0; x < width; x++) columns[x * k + labels[remove * width + x]!]!--;
  }
  return out;
}

/** Splits a label map into 4-connected regions; returns a region id per pixel and the count. */
export function connectedRegions(labels: Uint8Array, width: number): { ids: Int32Array; count: number } {
  const ids = new Int32Array(labels.length).fill(-1);
  const stack = new Int32Array(labels.length);
  let count = 0;
  for (let start = 0; start < labels.length; start++) {
    if (ids[start] !== -1) continue;
    const label = labels[start]!;
    let top = 0;
    stack[top++] = start;
    ids[start] = count;
    while (top > 0) {
      const p = stack[--top]!;
      const x = p % width;
      const around = [x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, p - width, p + width];
      for (const q of around) {
        if (q >= 0 && q < labels.length && ids[q] === -1 && labels[q] === label) {
          ids[q] = count;
          stack[top++] = q;
        }
      }
    }
    count++;
  }
  return { ids, count };
}

/** Marks the pixels where the region id changes to the right or below: 1-px closed outlines. */
export function regionBoundaries(ids: Int32Array, width: number, height: number): Uint8Array {
  const lines = new Uint8Array(ids.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const p = row + x;
      const id = ids[p]!;
      if ((x < width - 1 && ids[p + 1] !== id) || (y < height - 1 && ids[p + width] !== id)) lines[p] = 1;
    }
  }
  return lines;
}
