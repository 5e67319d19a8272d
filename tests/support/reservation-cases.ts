import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type * as Reservation from "@/lib/billing/reservation";
import { resetEnvForTests } from "@/lib/env";

// Loaded when the tests run, not when they are collected: the PostgreSQL suite swaps the Prisma
// client in before anything that imports it is loaded.
let reserveSpend: typeof Reservation.reserveSpend;
let reservedThisMonth: typeof Reservation.reservedThisMonth;
let settleSpend: typeof Reservation.settleSpend;
let assertOpenJobsRoom: (typeof import("@/lib/limits/open-jobs"))["assertOpenJobsRoom"];

async function load(): Promise<void> {
  ({ reserveSpend, reservedThisMonth, settleSpend } = await import("@/lib/billing/reservation"));
  ({ assertOpenJobsRoom } = await import("@/lib/limits/open-jobs"));
}

type Clients = () => PrismaClient[];

const TX = { maxWait: 60_000, timeout: 60_000 } as const;

async function newUser(client: PrismaClient, budgetUsd: number): Promise<string> {
  const id = `u-${randomUUID()}`;
  await client.user.create({ data: { id, email: `${id}@example.test`, budgetUsd } });
  return id;
}

/** Runs the reservations at once, spread over the clients (separate connections, as separate servers would be). */
async function race(clients: PrismaClient[], calls: Array<{ userId: string; amount: number }>): Promise<{ ok: number; codes: string[] }> {
  const results = await Promise.allSettled(calls.map((call, i) => clients[i % clients.length]!.$transaction((tx) => reserveSpend(tx, { userId: call.userId, amountMicroUsd: call.amount }), TX)));
  const codes = results.flatMap((r) => (r.status === "rejected" ? [String((r.reason as { code?: string }).code ?? (r.reason as Error).message)] : []));
  return { ok: results.filter((r) => r.status === "fulfilled").length, codes };
}

function setGlobalCap(usd: string | undefined): void {
  if (usd === undefined) delete process.env.GLOBAL_MONTHLY_BUDGET_USD;
  else process.env.GLOBAL_MONTHLY_BUDGET_USD = usd;
  resetEnvForTests();
}

/** The reservation's guarantees, run the same way on SQLite and on PostgreSQL. */
export function defineReservationCases(clients: Clients): void {
  beforeAll(load);

  it("never lets concurrent reservations take a user past the budget", async () => {
    setGlobalCap(undefined);
    const [first] = clients();
    const userId = await newUser(first!, 1);
    const { ok, codes } = await race(clients(), Array.from({ length: 24 }, () => ({ userId, amount: 100_000 })));
    expect(ok).toBe(10);
    expect(new Set(codes)).toEqual(new Set(["budget:exceeded"]));
    expect(await first!.$transaction((tx) => reservedThisMonth(tx, { userId }))).toBe(1_000_000);
  });

  it("never lets concurrent reservations of several users take the installation past GLOBAL_MONTHLY_BUDGET_USD", async () => {
    const [first] = clients();
    const [a, b, c] = await Promise.all([1000, 1000, 1000].map((usd) => newUser(first!, usd)));
    // The installation's counter starts from what this month's jobs already hold: make it, read it,
    // then leave room for exactly ten more reservations.
    setGlobalCap("1000000");
    await first!.$transaction((tx) => reserveSpend(tx, { userId: c!, amountMicroUsd: 1 }), TX);
    const before = await first!.$transaction((tx) => reservedThisMonth(tx, {}));
    setGlobalCap(String((before + 1_000_000) / 1_000_000));
    const { ok, codes } = await race(clients(), Array.from({ length: 24 }, (_v, i) => ({ userId: i % 2 ? a! : b!, amount: 100_000 })));
    setGlobalCap(undefined);
    expect(ok).toBe(10);
    expect(new Set(codes)).toEqual(new Set(["budget:installation"]));
    // A refused reservation took nothing from its user either (one transaction each).
    const users = await Promise.all([a!, b!].map((userId) => first!.$transaction((tx) => reservedThisMonth(tx, { userId }))));
    expect(users[0]! + users[1]!).toBe(1_000_000);
    expect(await first!.$transaction((tx) => reservedThisMonth(tx, {}))).toBe(before + 1_000_000);
  });

  it("lets free work through at the cap, and counts what the month's jobs already hold", async () => {
    setGlobalCap(undefined);
    const [first] = clients();
    const userId = await newUser(first!, 1);
    const now = new Date();
    await first!.job.create({ data: { userId, kind: "coloring", input: "{}", engine: "openai", model: "m", status: "succeeded", costMicroUsd: 400_000 } });
    await first!.job.create({ data: { userId, kind: "coloring", input: "{}", engine: "openai", model: "m", status: "queued", estimatedCostMicroUsd: 100_000 } });
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
    await first!.job.create({ data: { userId, kind: "coloring", input: "{}", engine: "openai", model: "m", status: "succeeded", costMicroUsd: 900_000, createdAt: lastMonth } });
    const { ok } = await race(clients(), Array.from({ length: 8 }, () => ({ userId, amount: 100_000 })));
    expect(ok).toBe(5);
    await expect(first!.$transaction((tx) => reserveSpend(tx, { userId, amountMicroUsd: 0 }), TX)).resolves.toMatchObject({ amountMicroUsd: 0 });
    await expect(first!.$transaction((tx) => reserveSpend(tx, { userId, amountMicroUsd: 1 }), TX)).rejects.toMatchObject({ code: "budget:exceeded" });
  });

  it("keeps the installation's counter while no cap is set, so a cap set later counts what was already reserved", async () => {
    setGlobalCap(undefined);
    const [first] = clients();
    const userId = await newUser(first!, 1000);
    const before = await first!.$transaction((tx) => reservedThisMonth(tx, {}));
    const uncapped = await first!.$transaction((tx) => reserveSpend(tx, { userId, amountMicroUsd: 300_000 }), TX);
    expect(await first!.$transaction((tx) => reservedThisMonth(tx, {}))).toBe(before + 300_000);
    await first!.$transaction((tx) => settleSpend(tx, { reservation: uncapped, billedMicroUsd: 200_000 }), TX);
    expect(await first!.$transaction((tx) => reservedThisMonth(tx, {}))).toBe(before + 200_000);
    // A cap with room for exactly 100,000 more: the uncapped spending counts against it.
    setGlobalCap(String((before + 300_000) / 1_000_000));
    await first!.$transaction((tx) => reserveSpend(tx, { userId, amountMicroUsd: 100_000 }), TX);
    await expect(first!.$transaction((tx) => reserveSpend(tx, { userId, amountMicroUsd: 1 }), TX)).rejects.toMatchObject({ code: "budget:installation" });
    setGlobalCap(undefined);
  });

  it("settles a reservation to what was billed, and a rolled-back transaction reserves nothing", async () => {
    setGlobalCap(undefined);
    const [first] = clients();
    const userId = await newUser(first!, 1);
    const reservation = await first!.$transaction((tx) => reserveSpend(tx, { userId, amountMicroUsd: 300_000 }), TX);
    await first!.$transaction((tx) => settleSpend(tx, { reservation, billedMicroUsd: 120_000 }), TX);
    expect(await first!.$transaction((tx) => reservedThisMonth(tx, { userId }))).toBe(120_000);
    const second = await first!.$transaction((tx) => reserveSpend(tx, { userId, amountMicroUsd: 500_000 }), TX);
    await first!.$transaction((tx) => settleSpend(tx, { reservation: second, billedMicroUsd: 0 }), TX);
    expect(await first!.$transaction((tx) => reservedThisMonth(tx, { userId }))).toBe(120_000);
    await expect(
      first!.$transaction(async (tx) => {
        await reserveSpend(tx, { userId, amountMicroUsd: 800_000 });
        throw new Error("the job insert failed");
      }, TX),
    ).rejects.toThrow("the job insert failed");
    expect(await first!.$transaction((tx) => reservedThisMonth(tx, { userId }))).toBe(120_000);
    // Money billed above the estimate is recorded even past the budget.
    const third = await first!.$transaction((tx) => reserveSpend(tx, { userId, amountMicroUsd: 880_000 }), TX);
    await first!.$transaction((tx) => settleSpend(tx, { reservation: third, billedMicroUsd: 1_000_000 }), TX);
    expect(await first!.$transaction((tx) => reservedThisMonth(tx, { userId }))).toBe(1_120_000);
  });

  it("with the user's row locked first, concurrent inserts never pass the open-jobs cap", async () => {
    setGlobalCap(undefined);
    process.env.LIMIT_OPEN_JOBS = "5";
    resetEnvForTests();
    const [first] = clients();
    const userId = await newUser(first!, 1);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_v, i) =>
        clients()[i % clients().length]!.$transaction(async (tx) => {
          await reserveSpend(tx, { userId, amountMicroUsd: 0 });
          await assertOpenJobsRoom({ userId, adding: 1, client: tx });
          await tx.job.create({ data: { userId, kind: "coloring", input: "{}", engine: "offline", model: "m" } });
        }, TX),
      ),
    );
    delete process.env.LIMIT_OPEN_JOBS;
    resetEnvForTests();
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(await first!.job.count({ where: { userId, status: "queued" } })).toBe(5);
    const refused = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { code?: string }).code] : []));
    expect(new Set(refused)).toEqual(new Set(["rate_limited:open_jobs"]));
  });
}
