import { randomUUID } from "node:crypto";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { reserveSpend, reservedThisMonth } from "@/lib/billing/reservation";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { defineReservationCases } from "../support/reservation-cases";

describe("spend reservation on SQLite, concurrent requests of one server", () => {
  // One server holds one connection; its adapter runs transactions one after another.
  defineReservationCases(() => [db()]);
});

describe("spend reservation on SQLite, two processes on one file", () => {
  let other: PrismaClient;
  beforeAll(() => {
    other = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: getEnv().DATABASE_URL, timeout: 2_000 }) });
  });
  afterAll(async () => other.$disconnect());

  it("never reserves past the budget: a transaction that cannot take the write lock fails instead", async () => {
    const userId = `u-${randomUUID()}`;
    await db().user.create({ data: { id: userId, email: `${userId}@example.test`, budgetUsd: 0.3 } });
    const clients = [db(), other];
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_v, i) => clients[i % 2]!.$transaction((tx) => reserveSpend(tx, { userId, amountMicroUsd: 100_000 }), { maxWait: 30_000, timeout: 30_000 })),
    );
    const ok = results.filter((r) => r.status === "fulfilled").length;
    expect(ok).toBeLessThanOrEqual(3);
    for (const r of results) {
      if (r.status === "rejected") expect(String((r.reason as { code?: string }).code ?? r.reason)).toMatch(/budget:exceeded|P2010|P2034|locked|busy/i);
    }
    expect(await db().$transaction((tx) => reservedThisMonth(tx, { userId }))).toBe(ok * 100_000);
  });
});
