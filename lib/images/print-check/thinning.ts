import { codeAt, neighbourOffsets, ON_COUNT, SIMPLE, ZHANG_SUEN } from "./neighbours";
import type { Runs } from "./regions";
import { scratchBytes, scratchInts } from "./scratch";

// Module-level copies: imported bindings are read through accessors, too slow for the inner loops.
const onCount = ON_COUNT;
const simple = SIMPLE;
const rules = ZHANG_SUEN;
const neighbourCode = codeAt;

/**
 * Thins ink to one-pixel lines (Zhang–Suen). Only pixels whose neighbourhood changed since they
 * were last tested are tested again, so the cost follows the ink, not the page: a Letter page of
 * line art thins in tens of milliseconds instead of the seconds a full scan per pass takes.
 * `ink` must be 0/1 with paper on its outer rows and columns, `runs` its runs. Returns a 0/1
 * skeleton mask (working memory, valid until the next analysis).
 */
export function thin(ink: Uint8Array, stride: number, runs: Runs): Uint8Array {
  const skeleton = scratchBytes("skeleton", ink.length);
  skeleton.set(ink);
  const offsets = neighbourOffsets(stride);
  // Bit s set: the pixel waits in the queue of sub-iteration s.
  const waiting = scratchBytes("waiting", ink.length);
  const border: number[] = [];
  let inkCount = 0;
  for (let r = 0; r < runs.count; r++) {
    const base = runs.row[r]! * stride;
    for (let p = base + runs.start[r]!, end = base + runs.end[r]!; p < end; p++) {
      inkCount++;
      if (onCount[neighbourCode(ink, p, stride)]! < 8) border.push(p);
    }
  }
  const current = [scratchInts("queue-0", inkCount), scratchInts("queue-1", inkCount)];
  current[0]!.set(border);
  current[1]!.set(border);
  const lengths = [border.length, border.length];
  for (const p of border) waiting[p] = 3;
  const next = [scratchInts("queue-2", inkCount), scratchInts("queue-3", inkCount)];
  const doomed = scratchInts("doomed", inkCount);
  while (lengths[0]! > 0 || lengths[1]! > 0) {
    for (let s = 0; s < 2; s++) {
      const queue = current[s]!;
      const length = lengths[s]!;
      const rule = rules[s as 0 | 1];
      const bit = 1 << s;
      let removed = 0;
      for (let i = 0; i < length; i++) {
        const p = queue[i]!;
        waiting[p]! &= ~bit;
        if (!skeleton[p]) continue;
        // The neighbourhood code, inlined: this is the hottest loop of the check.
        const up = p - stride, down = p + stride;
        const code =
          skeleton[up]! | (skeleton[up + 1]! << 1) | (skeleton[p + 1]! << 2) | (skeleton[down + 1]! << 3) |
          (skeleton[down]! << 4) | (skeleton[down - 1]! << 5) | (skeleton[p - 1]! << 6) | (skeleton[up - 1]! << 7);
        if (rule[code]) doomed[removed++] = p;
      }
      for (let i = 0; i < removed; i++) skeleton[doomed[i]!] = 0;
      // This queue is spent: it becomes the next one of its sub-iteration, filled from empty.
      const spent = next[s]!;
      next[s] = queue;
      current[s] = spent;
      lengths[s] = 0;
      const [first, second] = current as [Int32Array, Int32Array];
      let [firstLength, secondLength] = lengths as [number, number];
      for (let i = 0; i < removed; i++) {
        const p = doomed[i]!;
        for (let k = 0; k < 8; k++) {
          const q = p + offsets[k]!;
          if (!skeleton[q]) continue;
          const w = waiting[q]!;
          if (!(w & 1)) first[firstLength++] = q;
          if (!(w & 2)) second[secondLength++] = q;
          waiting[q] = 3;
        }
      }
      lengths[0] = firstLength;
      lengths[1] = secondLength;
    }
  }
  removeStaircases(skeleton, stride, runs);
  return skeleton;
}

/**
 * Zhang–Suen leaves L-shaped steps where an 8-connected line would do; their corner pixels look
 * like branch points. A corner pixel (two perpendicular neighbours on) whose removal changes no
 * connectivity is removed, so that every line pixel has exactly two neighbours.
 */
function removeStaircases(skeleton: Uint8Array, stride: number, runs: Runs): void {
  for (let r = 0; r < runs.count; r++) {
    const base = runs.row[r]! * stride;
    for (let p = base + runs.start[r]!, end = base + runs.end[r]!; p < end; p++) {
      if (!skeleton[p]) continue;
      const code = neighbourCode(skeleton, p, stride);
      if (onCount[code]! < 2 || !simple[code]) continue;
      const n = code & 1, e = code & 4, s = code & 16, w = code & 64;
      if ((n && e) || (e && s) || (s && w) || (w && n)) skeleton[p] = 0;
    }
  }
}
