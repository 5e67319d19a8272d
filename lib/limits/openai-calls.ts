import "server-only";
import { randomUUID } from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { type LeaseStore, memoryLeaseStore, prismaLeaseStore, redisLeaseStore } from "./lease-stores";
import { currentOpenAIPace } from "./openai-pace";
import { limiterFor, readyRedis } from "./store";

/** The installation's image calls share one lease key (the lease tables allow any key). */
const IN_FLIGHT_KEY = "openai:images";
/** A call's place lapses this long after its process stops renewing it (a crashed worker frees it). */
const LEASE = { ttlMs: 60_000, renewMs: 20_000 };
/** How often a call waiting for a free place asks again. */
const POLL_MS = 100;

/** A place taken for one OpenAI image call; release it when the call ends, however it ends. */
export interface OpenAICallSlot {
  release(): Promise<void>;
}

async function leaseStore(): Promise<LeaseStore> {
  const redis = await readyRedis();
  return redis ? redisLeaseStore(redis) : prismaLeaseStore();
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

async function acquireInFlight(signal?: AbortSignal): Promise<{ store: LeaseStore; id: string }> {
  const id = randomUUID();
  let store = await leaseStore();
  for (;;) {
    // After a 429 every call waits out the pause, then shares fewer places until they come back.
    const pace = await currentOpenAIPace();
    if (pace.pausedMs > 0) {
      await wait(pace.pausedMs, signal);
      continue;
    }
    const cap = pace.maxInFlight;
    let granted: boolean;
    try {
      granted = await store.acquire({ userId: IN_FLIGHT_KEY, id, cap, ttlMs: LEASE.ttlMs });
    } catch (error) {
      log.warn("OpenAI call store unavailable; counting in this process", { error: error instanceof Error ? error.message : String(error) });
      store = memoryLeaseStore();
      granted = await store.acquire({ userId: IN_FLIGHT_KEY, id, cap, ttlMs: LEASE.ttlMs });
    }
    if (granted) return { store, id };
    await wait(POLL_MS, signal);
  }
}

async function takeMinuteToken(perMinute: number, signal?: AbortSignal): Promise<void> {
  const limiter = await limiterFor({ keyPrefix: "openai-images", points: perMinute, duration: 60 });
  for (;;) {
    try {
      await limiter.consume("all");
      return;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      await wait(Math.max(POLL_MS, rejection.msBeforeNext), signal);
    }
  }
}

/**
 * Waits (abortably) for a place among OPENAI_MAX_IN_FLIGHT image calls and a token of
 * OPENAI_IMAGES_PER_MINUTE, both counted for the whole installation: in Redis when REDIS_URL is
 * set, otherwise in the app database, so every web server and worker shares them. The place is
 * renewed while the call runs. After a 429 the installation's pace (`openai-pace.ts`) holds
 * every call back for the retry-after, then allows fewer places until they come back.
 */
export async function acquireOpenAICallSlot(signal?: AbortSignal): Promise<OpenAICallSlot> {
  const { store, id } = await acquireInFlight(signal);
  try {
    await takeMinuteToken(getEnv().OPENAI_IMAGES_PER_MINUTE, signal);
  } catch (error) {
    await store.release({ userId: IN_FLIGHT_KEY, id }).catch(() => undefined);
    throw error;
  }
  const timer = setInterval(() => void store.renew({ userId: IN_FLIGHT_KEY, id, ttlMs: LEASE.ttlMs }).catch(() => undefined), LEASE.renewMs);
  timer.unref();
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      await store.release({ userId: IN_FLIGHT_KEY, id }).catch((error: unknown) => log.warn("could not release an OpenAI call's place", { error: String(error) }));
    },
  };
}

/** Runs one OpenAI image call inside the installation's limits. */
export async function withOpenAICallSlot<T>(signal: AbortSignal | undefined, call: () => Promise<T>): Promise<T> {
  const slot = await acquireOpenAICallSlot(signal);
  try {
    return await call();
  } finally {
    await slot.release();
  }
}
