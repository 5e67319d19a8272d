import "server-only";
import Redis from "ioredis";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";

/** One counter: `points` per `duration` seconds for each key. */
export interface LimiterSpec {
  keyPrefix: string;
  points: number;
  duration: number;
  /** Keys over `points` stay refused this long (seconds) instead of until the window ends. */
  blockDuration?: number;
  /** Refuse a key in this process's memory once it reached its points, without asking the store again. */
  blockInMemory?: boolean;
}

const globalForLimits = globalThis as unknown as { inkwellRedis?: Redis; inkwellRedisReady?: Promise<void>; inkwellLimiters?: Map<string, RateLimiterAbstract> };

/** How long the first limit check waits for Redis to connect before counting in memory meanwhile. */
const FIRST_CONNECT_WAIT_MS = 2_000;

/** The shared Redis client when REDIS_URL is set: commands fail at once while it is down (no queue). */
export function redisClient(): Redis | null {
  const url = getEnv().REDIS_URL;
  if (!url) return null;
  if (!globalForLimits.inkwellRedis) {
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    let lastWarning = 0;
    client.on("error", (error: Error) => {
      // Limits fall back to each process's memory meanwhile; say so at most once a minute.
      if (Date.now() - lastWarning < 60_000) return;
      lastWarning = Date.now();
      log.warn("Redis is unreachable; limits are counted in this process until it is back", { error: error.message });
    });
    globalForLimits.inkwellRedis = client;
    // Commands fail at once while Redis is down (they fall back to memory), but the first ones of
    // this process wait for the first connection instead of counting in memory from the start.
    globalForLimits.inkwellRedisReady = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FIRST_CONNECT_WAIT_MS);
      timer.unref();
      client.once("ready", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  return globalForLimits.inkwellRedis;
}

function build(spec: LimiterSpec): RateLimiterAbstract {
  const common = { keyPrefix: spec.keyPrefix, points: spec.points, duration: spec.duration, blockDuration: spec.blockDuration ?? 0 };
  // When the shared store fails, each process keeps counting in memory rather than letting everything through.
  const insuranceLimiter = new RateLimiterMemory(common);
  const inMemory = spec.blockInMemory ? { inMemoryBlockOnConsumed: spec.points } : {};
  const redis = redisClient();
  if (redis) {
    return new RateLimiterRedis({ ...common, ...inMemory, keyPrefix: `inkwell:${spec.keyPrefix}`, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter });
  }
  return new RateLimiterPrisma({ ...common, ...inMemory, storeClient: db(), tableName: "rateLimit", insuranceLimiter });
}

/** The Redis client once it has connected for the first time (or given up waiting), or null without REDIS_URL. */
export async function readyRedis(): Promise<Redis | null> {
  const client = redisClient();
  if (client) await globalForLimits.inkwellRedisReady;
  return client;
}

/** The limiter for a spec, made once per process (a changed spec makes a new one). */
export async function limiterFor(spec: LimiterSpec): Promise<RateLimiterAbstract> {
  await readyRedis();
  globalForLimits.inkwellLimiters ??= new Map();
  const id = `${spec.keyPrefix}|${spec.points}|${spec.duration}|${spec.blockDuration ?? 0}|${spec.blockInMemory ? 1 : 0}|${getEnv().REDIS_URL ?? "db"}`;
  let limiter = globalForLimits.inkwellLimiters.get(id);
  if (!limiter) {
    limiter = build(spec);
    globalForLimits.inkwellLimiters.set(id, limiter);
  }
  return limiter;
}

/** Forgets the limiters and closes Redis (tests, and short-lived scripts). */
export async function resetLimitStore(): Promise<void> {
  globalForLimits.inkwellLimiters = undefined;
  const redis = globalForLimits.inkwellRedis;
  globalForLimits.inkwellRedis = undefined;
  globalForLimits.inkwellRedisReady = undefined;
  if (redis) await redis.quit().catch(() => redis.disconnect());
}
