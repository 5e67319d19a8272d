/**
 * The installation's pace after OpenAI answers 429, as pure rules (the shared store is in
 * `openai-pace.ts`). A 429 halves the places for image calls (never below one) and pauses every
 * call for the `retry-after` the provider sent; the lost places then come back one at a time, one
 * every `recoveryMs`, so the pace recovers gradually instead of hitting the limit again at once.
 */

/** A pause longer than this is taken as a mistake in the header, not as an instruction. */
export const MAX_PAUSE_MS = 120_000;
/** The pause when a 429 names no wait. */
export const DEFAULT_PAUSE_MS = 1_000;

/**
 * How long OpenAI asked to wait, from a 429's headers: `retry-after-ms` (OpenAI's own), else
 * `retry-after` in seconds or as an HTTP date, bounded to [0, MAX_PAUSE_MS].
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number {
  const clamp = (ms: number) => Math.min(MAX_PAUSE_MS, Math.max(0, Math.ceil(ms)));
  const exact = headers.get("retry-after-ms");
  if (exact !== null && exact.trim() !== "" && Number.isFinite(Number(exact))) return clamp(Number(exact));
  const value = headers.get("retry-after")?.trim();
  if (!value) return DEFAULT_PAUSE_MS;
  if (/^\d+(\.\d+)?$/.test(value)) return clamp(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? DEFAULT_PAUSE_MS : clamp(date - now);
}

/** The pause as the shared store keeps it: whole seconds, at least one (a record of 0 s would never expire in Redis). */
export function pauseSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Places taken away now, from how long the reduction's record still lives (one place per `recoveryMs`). */
export function reductionLeft(msLeft: number, recoveryMs: number): number {
  return msLeft <= 0 ? 0 : Math.ceil(msLeft / recoveryMs);
}

/** Places taken away after one more 429: half of those left, rounded up, and at least one place stays. */
export function reductionAfterRateLimit(cap: number, reduction: number): number {
  const current = Math.min(Math.max(0, reduction), cap - 1);
  const left = cap - current;
  return Math.min(cap - 1, current + Math.ceil(left / 2));
}

/** The places image calls may use now. */
export function effectiveCap(cap: number, reduction: number): number {
  return Math.max(1, cap - Math.max(0, reduction));
}
