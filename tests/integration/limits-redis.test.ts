import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeApiRequest } from "@/lib/limits/api";
import { acquireLiveConnection } from "@/lib/limits/live-connections";
import { consumeSignUpAttempt } from "@/lib/limits/sign-up";
import { resetLimitStore } from "@/lib/limits/store";
import { configureEngine } from "../support/harness";
import { redisUnavailableReason, startRedis, type RedisServer } from "../support/redis";
import { defineSignInLimitCases } from "../support/sign-in-cases";

// The limits with REDIS_URL set: counted in a private Debian redis-server, shared by every process,
// and still enforced (per process) while Redis is down.

const inCi = Boolean(process.env.CI) && process.env.CI !== "false" && process.env.CI !== "0";
const unavailable = redisUnavailableReason();
if (unavailable && !inCi) console.warn(`limits-redis.test.ts skipped: ${unavailable}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (unavailable && inCi) {
  describe("Redis", () => {
    it("needs Redis in CI", () => {
      throw new Error(`${unavailable} (CI must install it)`);
    });
  });
}

describe.skipIf(unavailable !== null)("limits in Redis", () => {
  let redis: RedisServer;
  let probe: Redis;

  beforeAll(async () => {
    redis = await startRedis();
    process.env.REDIS_URL = redis.url;
    configureEngine({});
    await resetLimitStore();
    probe = new Redis(redis.url);
    probe.on("error", () => undefined);
  });

  afterAll(async () => {
    probe.disconnect();
    await resetLimitStore();
    delete process.env.REDIS_URL;
    configureEngine({});
    await redis.stop().catch(() => undefined);
  });

  describe("sign-in failures", () => {
    defineSignInLimitCases();
  });

  it("counts in Redis, so a second server sees the first one's counts", async () => {
    configureEngine({ extra: { LIMIT_SIGNUPS_PER_IP: "2" } });
    await consumeSignUpAttempt({ ip: "203.0.113.80" });
    // Another process: new client, new limiters, the same Redis.
    await resetLimitStore();
    await consumeSignUpAttempt({ ip: "203.0.113.80" });
    await expect(consumeSignUpAttempt({ ip: "203.0.113.80" })).rejects.toMatchObject({ code: "rate_limited:sign_up", status: 429 });
    expect(await probe.keys("inkwell:signup-ip:*")).toEqual(["inkwell:signup-ip:203.0.113.80"]);
  });

  it("limits API requests per user and recovers when the window ends", async () => {
    configureEngine({ extra: { LIMIT_API_PER_MINUTE: "2", LIMIT_API_BURST: "0" } });
    const windows = { rateSeconds: 1, burstSeconds: 1 };
    await consumeApiRequest({ userId: "redis-user", windows });
    await consumeApiRequest({ userId: "redis-user", windows });
    await expect(consumeApiRequest({ userId: "redis-user", windows })).rejects.toMatchObject({ code: "rate_limited:api" });
    await sleep(1100);
    await expect(consumeApiRequest({ userId: "redis-user", windows })).resolves.toBeUndefined();
  });

  it("keeps at most LIMIT_SSE_PER_USER live connections even when they open at the same moment", async () => {
    configureEngine({ extra: { LIMIT_SSE_PER_USER: "2" } });
    const attempts = await Promise.allSettled(Array.from({ length: 6 }, () => acquireLiveConnection({ userId: "redis-watcher" })));
    const granted = attempts.flatMap((a) => (a.status === "fulfilled" ? [a.value] : []));
    expect(granted).toHaveLength(2);
    expect(await probe.zcard("inkwell:live:redis-watcher")).toBe(2);
    await granted[0]!.release();
    const next = await acquireLiveConnection({ userId: "redis-watcher" });
    await Promise.all([next.release(), granted[1]!.release()]);
    expect(await probe.zcard("inkwell:live:redis-watcher")).toBe(0);
  });

  it("keeps limiting, in each process's memory, while Redis is down", async () => {
    configureEngine({ extra: { LIMIT_API_PER_MINUTE: "2", LIMIT_API_BURST: "0", LIMIT_SSE_PER_USER: "1" } });
    await resetLimitStore();
    await redis.stop();
    await consumeApiRequest({ userId: "while-down" });
    await consumeApiRequest({ userId: "while-down" });
    await expect(consumeApiRequest({ userId: "while-down" })).rejects.toMatchObject({ code: "rate_limited:api" });
    const lease = await acquireLiveConnection({ userId: "while-down" });
    await expect(acquireLiveConnection({ userId: "while-down" })).rejects.toMatchObject({ code: "rate_limited:live" });
    await lease.release();
  });
});
