import "server-only";
import type Redis from "ioredis";
import { db } from "@/lib/db/client";

/** Where live-connection leases are kept. `acquire` is all-or-nothing: it never leaves more than `cap` live. */
export interface LeaseStore {
  acquire(input: { userId: string; id: string; cap: number; ttlMs: number }): Promise<boolean>;
  renew(input: { userId: string; id: string; ttlMs: number }): Promise<void>;
  release(input: { userId: string; id: string }): Promise<void>;
}

/**
 * Leases as rows. Insert first, then count the live ones: two connections opened at once both
 * see each other, so the cap is never passed (at worst both are refused and retry).
 */
export function prismaLeaseStore(): LeaseStore {
  return {
    async acquire({ userId, id, cap, ttlMs }) {
      const now = new Date();
      await db().liveConnection.deleteMany({ where: { userId, expiresAt: { lte: now } } });
      await db().liveConnection.create({ data: { id, userId, expiresAt: new Date(now.getTime() + ttlMs) } });
      const live = await db().liveConnection.count({ where: { userId, expiresAt: { gt: now } } });
      if (live <= cap) return true;
      await db().liveConnection.deleteMany({ where: { id } });
      return false;
    },
    async renew({ id, ttlMs }) {
      await db().liveConnection.updateMany({ where: { id }, data: { expiresAt: new Date(Date.now() + ttlMs) } });
    },
    async release({ id }) {
      await db().liveConnection.deleteMany({ where: { id } });
    },
  };
}

// Drops lapsed leases, then adds this one only if fewer than the cap remain: one atomic script.
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

const leaseKey = (userId: string): string => `inkwell:live:${userId}`;

/** Leases as a sorted set per user (member: lease id, score: when it lapses). */
export function redisLeaseStore(redis: Redis): LeaseStore {
  return {
    async acquire({ userId, id, cap, ttlMs }) {
      const now = Date.now();
      const result = await redis.eval(ACQUIRE, 1, leaseKey(userId), now, now + ttlMs, cap, id, ttlMs * 2);
      return result === 1;
    },
    async renew({ userId, id, ttlMs }) {
      await redis.zadd(leaseKey(userId), "XX", Date.now() + ttlMs, id);
      await redis.pexpire(leaseKey(userId), ttlMs * 2);
    },
    async release({ userId, id }) {
      await redis.zrem(leaseKey(userId), id);
    },
  };
}

const globalForLeases = globalThis as unknown as { inkwellLeases?: Map<string, Map<string, number>> };

/** This process's own count: the fallback while the shared store is unreachable. */
export function memoryLeaseStore(): LeaseStore {
  globalForLeases.inkwellLeases ??= new Map();
  const byUser = globalForLeases.inkwellLeases;
  const leases = (userId: string): Map<string, number> => {
    let map = byUser.get(userId);
    if (!map) byUser.set(userId, (map = new Map()));
    const now = Date.now();
    for (const [id, expires] of map) if (expires <= now) map.delete(id);
    return map;
  };
  return {
    async acquire({ userId, id, cap, ttlMs }) {
      const map = leases(userId);
      if (map.size >= cap) return false;
      map.set(id, Date.now() + ttlMs);
      return true;
    },
    async renew({ userId, id, ttlMs }) {
      const map = leases(userId);
      if (map.has(id)) map.set(id, Date.now() + ttlMs);
    },
    async release({ userId, id }) {
      leases(userId).delete(id);
    },
  };
}
