/**
 * Repaints, in place, every connected piece of `value` pixels (0 ink, 255 paper) smaller than
 * `maxArea` pixels with the other value, and returns how many pixels changed. Paper is
 * 4-connected and ink 8-connected, as a print check sees them. Pieces touching the picture's
 * edge are left alone: on the printed sheet they run on into the margin.
 *
 * Works on runs of pixels rather than pixels (one union-find node per run), which keeps a
 * 300 DPI page to a few tens of milliseconds.
 */
function repaintSmall(grey: Uint8Array, width: number, height: number, value: 0 | 255, maxArea: number, keep?: (sizes: number[], all: number[]) => number): number {
  const starts: number[] = [];
  const ends: number[] = [];
  const parent: number[] = [];
  const area: number[] = [];
  const edge: boolean[] = [];
  const reach = value === 0 ? 1 : 0;
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    parent[rb] = ra;
    area[ra] = (area[ra] as number) + (area[rb] as number);
    edge[ra] = (edge[ra] as boolean) || (edge[rb] as boolean);
  };
  const is = (p: number): boolean => (value === 0 ? grey[p] === 0 : grey[p] !== 0);
  let previous = { from: 0, to: 0 };
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const from = starts.length;
    let k = previous.from;
    let x = 0;
    while (x < width) {
      while (x < width && !is(row + x)) x++;
      if (x >= width) break;
      const start = x;
      while (x < width && is(row + x)) x++;
      const id = starts.length;
      starts.push(row + start);
      ends.push(row + x);
      parent.push(id);
      area.push(x - start);
      edge.push(y === 0 || y === height - 1 || start === 0 || x === width);
      // Runs of the row above sharing a column (or a corner, for ink) are the same piece; both
      // lists are in column order, so one pointer walks them together.
      const above = row - width;
      while (k < previous.to && (ends[k] as number) - above + reach <= start) k++;
      for (let j = k; j < previous.to && (starts[j] as number) - above - reach < x; j++) union(j, id);
    }
    previous = { from, to: starts.length };
  }
  // Which small pieces to repaint: all of them, or all but the biggest few `keep` allows.
  const small = new Set<number>();
  const all: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    if (parent[i] !== i || edge[i]) continue;
    all.push(area[i] as number);
    if ((area[i] as number) < maxArea) small.add(i);
  }
  if (keep) {
    const sizes = [...small].map((root) => area[root] as number).sort((a, b) => b - a);
    const spared = keep(sizes, all);
    for (const root of [...small].sort((a, b) => (area[b] as number) - (area[a] as number)).slice(0, spared)) small.delete(root);
  }
  const other = value === 0 ? 255 : 0;
  let changed = 0;
  for (let i = 0; i < starts.length; i++) {
    if (!small.has(find(i))) continue;
    grey.fill(other, starts[i], ends[i]);
    changed += (ends[i] as number) - (starts[i] as number);
  }
  return changed;
}

/**
 * Fills with ink the enclosed white areas smaller than `minArea` pixels: slivers where lines
 * meet or a pattern meets its border, too small to color. The biggest slivers (never those under
 * `pinhole` pixels) stay paper as long as they are at most `keepShare` of the areas left once the
 * others are filled: on a scene with few of them, a wedge where two lines meet is better left
 * white than turned into a blot of ink.
 */
export function fillSmallAreas(grey: Uint8Array, width: number, height: number, minArea: number, keepShare = 0, pinhole = 0): number {
  return repaintSmall(grey, width, height, 255, minArea, (sizes, all) => {
    // Pinholes are not areas: they count neither way.
    const areas = all.filter((size) => size >= pinhole).length;
    const slivers = sizes.filter((size) => size >= pinhole).length;
    // Filled slivers are no longer areas: k kept of (areas - slivers + k) in all, at most keepShare of them.
    const allowed = keepShare >= 1 ? slivers : Math.floor((keepShare * (areas - slivers)) / (1 - keepShare));
    let spared = 0;
    while (spared < allowed && spared < sizes.length && (sizes[spared] as number) >= pinhole) spared++;
    return spared;
  });
}

/** Removes ink pieces smaller than `maxSpeck` pixels: crumbs of a line cut by a subject's halo. */
export function removeSpecks(grey: Uint8Array, width: number, height: number, maxSpeck: number): number {
  return repaintSmall(grey, width, height, 0, maxSpeck);
}
