import "server-only";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { effectiveCap, pauseSeconds, reductionAfterRateLimit, reductionLeft } from "./pace-rules";
import { limiterFor, type LimiterSpec } from "./store";

// Two records shared by every web server and worker, in the limits' store (the app database, or
// Redis when REDIS_URL is set): the pause every image call waits out after a 429, and the places
// taken from OPENAI_MAX_IN_FLIGHT, whose record lives one recovery step per place so that the
// places come back one at a time as it ages.
const KEY = "all";
const PAUSE: LimiterSpec = { keyPrefix: "openai-pause", points: 1, duration: 1 };
const REDUCTION: LimiterSpec = { keyPrefix: "openai-pace", points: 1, duration: 1 };
/** How long a process reuses what it read of the pace before asking the store again. */
const READ_EVERY_MS = 250;

/** The pace image calls keep now, for the whole installation. */
export interface OpenAIPace {
  /** How long every call still waits before starting (a 429's retry-after). */
  pausedMs: number;
  /** Places for calls at once now: OPENAI_MAX_IN_FLIGHT, less those a 429 took and not yet given back. */
  maxInFlight: number;
}

const cache = globalThis as unknown as { inkwellPaceRead?: { at: number; pausedUntil: number; reductionUntil: number } };

function recoveryMs(): number {
  return getEnv().OPENAI_RATE_LIMIT_RECOVERY_SECONDS * 1000;
}

async function msLeft(spec: LimiterSpec): Promise<number> {
  const record = await (await limiterFor(spec)).get(KEY);
  return record && record.msBeforeNext > 0 ? record.msBeforeNext : 0;
}

/** The pace now; reads the store at most every READ_EVERY_MS per process (a 429 here is seen at once). */
export async function currentOpenAIPace(): Promise<OpenAIPace> {
  const now = Date.now();
  let read = cache.inkwellPaceRead;
  if (!read || now - read.at >= READ_EVERY_MS) {
    try {
      const [pause, reduction] = await Promise.all([msLeft(PAUSE), msLeft(REDUCTION)]);
      read = { at: now, pausedUntil: now + pause, reductionUntil: now + reduction };
    } catch (error) {
      // The limits' store is down: keep the configured pace rather than stopping every call.
      log.warn("could not read the OpenAI pace; using the configured one", { error: error instanceof Error ? error.message : String(error) });
      read = { at: now, pausedUntil: 0, reductionUntil: 0 };
    }
    cache.inkwellPaceRead = read;
  }
  const cap = getEnv().OPENAI_MAX_IN_FLIGHT;
  return { pausedMs: Math.max(0, read.pausedUntil - now), maxInFlight: effectiveCap(cap, reductionLeft(read.reductionUntil - now, recoveryMs())) };
}

/**
 * OpenAI answered 429: every call waits `pauseMs` (unless a longer pause is already on), and half
 * the places left are taken away, to come back one every OPENAI_RATE_LIMIT_RECOVERY_SECONDS.
 */
export async function slowDownAfterRateLimit(pauseMs: number): Promise<void> {
  const cap = getEnv().OPENAI_MAX_IN_FLIGHT;
  const step = recoveryMs();
  try {
    const [pauseLeft, reductionMs] = await Promise.all([msLeft(PAUSE), msLeft(REDUCTION)]);
    const reduction = reductionAfterRateLimit(cap, reductionLeft(reductionMs, step));
    // Whole seconds: the Redis store keeps its records for whole seconds only.
    const pause = pauseSeconds(pauseMs) * 1000;
    const writes: Promise<unknown>[] = [];
    if (pause > pauseLeft) writes.push((await limiterFor(PAUSE)).set(KEY, 1, pause / 1000));
    if (reduction > 0) writes.push((await limiterFor(REDUCTION)).set(KEY, reduction, (reduction * step) / 1000));
    await Promise.all(writes);
    const now = Date.now();
    cache.inkwellPaceRead = { at: now, pausedUntil: now + Math.max(pause, pauseLeft), reductionUntil: now + reduction * step };
    log.warn("OpenAI is limiting requests: slowing every image call down", { pauseMs, maxInFlight: effectiveCap(cap, reduction) });
  } catch (error) {
    log.warn("could not record OpenAI's rate limit for the installation", { error: error instanceof Error ? error.message : String(error) });
  }
}

/** Forgets what this process read of the pace (tests). */
export function forgetOpenAIPaceRead(): void {
  cache.inkwellPaceRead = undefined;
}
