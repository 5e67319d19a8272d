import { codeAt, neighbourOffsets, ON_COUNT, SIMPLE, ZHANG_SUEN } from "./neighbours";

/**
 * Thins ink to one-pixel lines (Zhang–Suen). Only pixels whose neighbourhood changed since they
 * were last tested are tested again, so the cost follows the ink, not the page: a Letter page of
 * line art thins in tens of milliseconds instead of the seconds a full scan per pass takes.
 * `ink` must be 0/1 with paper on its outer rows and columns. Returns a new 0/1 skeleton mask.
 */
export function thin(ink: Uint8Array, stride: number): Uint8Array {
  const skeleton = ink.slice();
  const offsets = neighbourOffsets(stride);
  // Bit s set: the pixel waits in the queue of sub-iteration s.
  const waiting = new Uint8Array(ink.length);
  const border: number[] = [];
  let inkCount = 0;
  for (let p = 0; p < ink.length; p++) {
    if (!ink[p]) continue;
    inkCount++;
    if (ON_COUNT[codeAt(ink, p, stride)]! < 8) border.push(p);
  }
  const current = [new Int32Array(inkCount), new Int32Array(inkCount)];
  current[0]!.set(border);
  current[1]!.set(border);
  const lengths = [border.length, border.length];
  for (const p of border) waiting[p] = 3;
  const next = [new Int32Array(inkCount), new Int32Array(inkCount)];
  const doomed = new Int32Array(inkCount);
  while (lengths[0]! > 0 || lengths[1]! > 0) {
    for (let s = 0; s < 2; s++) {
      const queue = current[s]!;
      const length = lengths[s]!;
      const rule = ZHANG_SUEN[s as 0 | 1];
      const bit = 1 << s;
      let removed = 0;
      for (let i = 0; i < length; i++) {
        const p = queue[i]!;
        waiting[p]! &= ~bit;
        if (skeleton[p] && rule[codeAt(skeleton, p, stride)]) doomed[removed++] = p;
      }
      for (let i = 0; i < removed; i++) skeleton[doomed[i]!] = 0;
      // This queue is spent: it becomes the next one of its sub-iteration, filled from empty.
      const spent = next[s]!;
      next[s] = queue;
      current[s] = spent;
      lengths[s] = 0;
      for (let i = 0; i < removed; i++) {
        const p = doomed[i]!;
        for (let k = 0; k < 8; k++) {
          const q = p + offsets[k]!;
          if (!skeleton[q]) continue;
          const w = waiting[q]!;
          if (!(w & 1)) current[0]![lengths[0]!++] = q;
          if (!(w & 2)) current[1]![lengths[1]!++] = q;
          waiting[q] = 3;
        }
      }
    }
  }
  removeStaircases(skeleton, stride);
  return skeleton;
}

/**
 * Zhang–Suen leaves L-shaped steps where an 8-connected line would do; their corner pixels look
 * like branch points. A corner pixel (two perpendicular neighbours on) whose removal changes no
 * connectivity is removed, so that every line pixel has exactly two neighbours.
 */
function removeStaircases(skeleton: Uint8Array, stride: number): void {
  for (let p = 0; p < skeleton.length; p++) {
    if (!skeleton[p]) continue;
    const code = codeAt(skeleton, p, stride);
    if (ON_COUNT[code]! < 2 || !SIMPLE[code]) continue;
    const n = code & 1, e = code & 4, s = code & 16, w = code & 64;
    if ((n && e) || (e && s) || (s && w) || (w && n)) skeleton[p] = 0;
  }
}
