import "server-only";
import { randomUUID } from "node:crypto";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { type LeaseStore, memoryLeaseStore, prismaLeaseStore, redisLeaseStore } from "./lease-stores";
import { rateLimited } from "./rate-limited";
import { readyRedis } from "./store";

/** A live connection's place, renewed while it stays open; a server that dies leaves it to expire. */
export interface LiveLease {
  release(): Promise<void>;
}

export interface LeaseTiming {
  ttlMs: number;
  renewMs: number;
}

export const LEASE_TIMING: LeaseTiming = { ttlMs: 60_000, renewMs: 20_000 };

/** How long a refused client should wait: a place frees when a connection closes or its lease lapses. */
const RETRY_MS = 10_000;

async function store(): Promise<LeaseStore> {
  const redis = await readyRedis();
  return redis ? redisLeaseStore(redis) : prismaLeaseStore();
}

/**
 * Takes one of the user's LIMIT_SSE_PER_USER places for a live connection, or refuses with 429.
 * The place is shared by every server (Redis, or the app database) and renewed until released.
 * When Redis is set but down, this process counts its own connections meanwhile.
 */
export async function acquireLiveConnection({ userId, timing = LEASE_TIMING }: { userId: string; timing?: LeaseTiming }): Promise<LiveLease> {
  const cap = getEnv().LIMIT_SSE_PER_USER;
  const id = randomUUID();
  let backend = await store();
  let granted: boolean;
  try {
    granted = await backend.acquire({ userId, id, cap, ttlMs: timing.ttlMs });
  } catch (error) {
    log.warn("live-connection store unavailable; counting in this process", { error: error instanceof Error ? error.message : String(error) });
    backend = memoryLeaseStore();
    granted = await backend.acquire({ userId, id, cap, ttlMs: timing.ttlMs });
  }
  if (!granted) throw rateLimited("live", RETRY_MS, `At most ${cap} may be open at once; pages fall back to asking every few seconds.`);
  const timer = setInterval(() => void backend.renew({ userId, id, ttlMs: timing.ttlMs }).catch(() => undefined), timing.renewMs);
  timer.unref();
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      await backend.release({ userId, id }).catch(() => undefined);
    },
  };
}
