import { describe, expect, it } from "vitest";
import { DEFAULT_PAUSE_MS, MAX_PAUSE_MS, effectiveCap, pauseSeconds, reductionAfterRateLimit, reductionLeft, retryAfterMs } from "@/lib/limits/pace-rules";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("how long OpenAI asked to wait", () => {
  it("prefers retry-after-ms, then retry-after in seconds", () => {
    expect(retryAfterMs(headers({ "retry-after-ms": "1500", "retry-after": "9" }))).toBe(1500);
    expect(retryAfterMs(headers({ "retry-after": "2" }))).toBe(2000);
    expect(retryAfterMs(headers({ "retry-after": "0.25" }))).toBe(250);
  });

  it("reads an HTTP date against the clock", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    expect(retryAfterMs(headers({ "retry-after": "Tue, 01 Dec 2026 10:00:07 GMT" }), now)).toBe(7000);
    expect(retryAfterMs(headers({ "retry-after": "Tue, 01 Dec 2026 09:59:00 GMT" }), now)).toBe(0);
  });

  it("falls back to a short pause when the header is missing or unreadable", () => {
    expect(retryAfterMs(headers({}))).toBe(DEFAULT_PAUSE_MS);
    expect(retryAfterMs(headers({ "retry-after": "soon" }))).toBe(DEFAULT_PAUSE_MS);
    expect(retryAfterMs(headers({ "retry-after-ms": "" }))).toBe(DEFAULT_PAUSE_MS);
  });

  it("bounds the pause: just inside the maximum is kept, just outside is cut to it", () => {
    expect(retryAfterMs(headers({ "retry-after-ms": String(MAX_PAUSE_MS) }))).toBe(MAX_PAUSE_MS);
    expect(retryAfterMs(headers({ "retry-after-ms": String(MAX_PAUSE_MS + 1) }))).toBe(MAX_PAUSE_MS);
    expect(retryAfterMs(headers({ "retry-after": "86400" }))).toBe(MAX_PAUSE_MS);
    expect(retryAfterMs(headers({ "retry-after-ms": "-5" }))).toBe(0);
  });

  it("keeps pauses in whole seconds, at least one", () => {
    expect([pauseSeconds(0), pauseSeconds(1), pauseSeconds(1000), pauseSeconds(1001)]).toEqual([1, 1, 1, 2]);
  });
});

describe("the places a 429 takes and gives back", () => {
  it("halves the places left, rounding the loss up, and always leaves one", () => {
    expect(reductionAfterRateLimit(6, 0)).toBe(3);
    expect(reductionAfterRateLimit(6, 3)).toBe(5);
    expect(reductionAfterRateLimit(6, 5)).toBe(5);
    expect(reductionAfterRateLimit(2, 0)).toBe(1);
    expect(reductionAfterRateLimit(1, 0)).toBe(0);
    // A stale reduction larger than the cap (the cap was lowered) still leaves one place.
    expect(reductionAfterRateLimit(4, 9)).toBe(3);
  });

  it("gives one place back per recovery step as the record ages", () => {
    const step = 20_000;
    expect(reductionLeft(0, step)).toBe(0);
    expect(reductionLeft(-1, step)).toBe(0);
    expect(reductionLeft(1, step)).toBe(1);
    expect(reductionLeft(step, step)).toBe(1);
    expect(reductionLeft(step + 1, step)).toBe(2);
    expect(reductionLeft(3 * step, step)).toBe(3);
  });

  it("never allows fewer than one call at once", () => {
    expect(effectiveCap(6, 0)).toBe(6);
    expect(effectiveCap(6, 3)).toBe(3);
    expect(effectiveCap(6, 5)).toBe(1);
    expect(effectiveCap(6, 6)).toBe(1);
    expect(effectiveCap(6, -2)).toBe(6);
  });
});
