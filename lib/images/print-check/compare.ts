import type { PrintCheck } from "./types";

/** How badly a page fails: failing items first, then how many places fail (0, 0 for a page that passes). */
function severity(check: PrintCheck): [number, number] {
  const items = Object.values(check.items);
  const failing = items.filter((item) => !item.pass);
  return [failing.length, failing.reduce((sum, item) => sum + Math.max(1, item.locations.length), 0)];
}

/**
 * Whether `candidate` is a better page than `current`: it passes where the other fails, or fails
 * fewer items, or as many items in fewer places. A tie is not better, so the first page is kept.
 */
export function isBetterPrintCheck(candidate: PrintCheck, current: PrintCheck): boolean {
  if (candidate.pass !== current.pass) return candidate.pass;
  const [a, b] = [severity(candidate), severity(current)];
  return a[0] !== b[0] ? a[0] < b[0] : a[1] < b[1];
}
