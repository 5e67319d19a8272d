/**
 * Region outlines as polylines. Borders between regions are traced along the "cracks" between
 * pixels (on the grid of pixel corners), split at junctions where three or more regions meet, so
 * that every chain can be smoothed on its own while shapes stay closed.
 */

/** A polyline in working-image coordinates (pixel corners), flat [x0, y0, x1, y1, …]. */
export interface Chain {
  points: number[];
  closed: boolean;
}

/** Traces all region borders of `ids` (not the image edge) into chains between junctions. */
export function traceBorders(ids: Int32Array, width: number, height: number): Chain[] {
  const W1 = width + 1;
  // Horizontal crack from corner (x, y) to (x + 1, y); vertical crack from (x, y) to (x, y + 1).
  const h = new Uint8Array(width * (height + 1));
  const v = new Uint8Array(W1 * height);
  for (let y = 1; y < height; y++) {
    for (let x = 0; x < width; x++) if (ids[(y - 1) * width + x] !== ids[y * width + x]) h[y * width + x] = 1;
  }
  for (let y = 0; y < height; y++) {
    for (let x = 1; x < width; x++) if (ids[y * width + x - 1] !== ids[y * width + x]) v[y * W1 + x] = 1;
  }
  // Index of the crack leaving corner (x, y) in direction d (0 right, 1 down, 2 left, 3 up), or -1.
  const crack = (x: number, y: number, d: number): number => {
    if (d === 0) return x < width && h[y * width + x] ? y * width + x : -1;
    if (d === 2) return x > 0 && h[y * width + x - 1] ? y * width + x - 1 : -1;
    if (d === 1) return y < height && v[y * W1 + x] ? h.length + y * W1 + x : -1;
    return y > 0 && v[(y - 1) * W1 + x] ? h.length + (y - 1) * W1 + x : -1;
  };
  const degree = (x: number, y: number): number => {
    let n = 0;
    for (let d = 0; d < 4; d++) if (crack(x, y, d) >= 0) n++;
    return n;
  };
  const visited = new Uint8Array(h.length + v.length);
  const DX = [1, 0, -1, 0];
  const DY = [0, 1, 0, -1];
  const chains: Chain[] = [];

  const walk = (x0: number, y0: number, d0: number, loop: boolean): Chain => {
    const points = [x0, y0];
    let x = x0;
    let y = y0;
    let d = d0;
    for (;;) {
      visited[crack(x, y, d)] = 1;
      x += DX[d]!;
      y += DY[d]!;
      points.push(x, y);
      if (loop ? x === x0 && y === y0 : degree(x, y) !== 2) break;
      const back = (d + 2) % 4;
      let next = -1;
      for (let e = 0; e < 4 && next < 0; e++) if (e !== back && crack(x, y, e) >= 0) next = e;
      if (next < 0 || visited[crack(x, y, next)]) break;
      d = next;
    }
    return { points, closed: loop };
  };

  for (let y = 0; y <= height; y++) {
    for (let x = 0; x <= width; x++) {
      const deg = degree(x, y);
      if (deg === 0 || deg === 2) continue;
      for (let d = 0; d < 4; d++) {
        const c = crack(x, y, d);
        if (c >= 0 && !visited[c]) chains.push(walk(x, y, d, false));
      }
    }
  }
  // What is left are closed loops through plain corners (islands).
  for (let y = 0; y <= height; y++) {
    for (let x = 0; x <= width; x++) {
      for (let d = 0; d < 2; d++) {
        const c = crack(x, y, d);
        if (c >= 0 && !visited[c]) chains.push(walk(x, y, d, true));
      }
    }
  }
  return chains;
}
