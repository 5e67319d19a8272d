import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { spendScope } from "@/lib/db/spend";
import { getEnv } from "@/lib/env";
import { budgetExceeded, installationBudgetExceeded } from "./budget";
import { usdToMicro } from "@/lib/shared/money";
import { effectiveBudgetMicroUsd, monthKey, spendMonth } from "./budget-rules";

type Tx = Prisma.TransactionClient;

const GLOBAL_SCOPE = spendScope();
const userScope = (userId: string): string => spendScope(userId);

/** What a reservation took, to be settled when its job ends. */
export interface SpendReservation {
  userId: string;
  /** The month the money counts in ("2026-11"): settle against this one even after the month ends. */
  month: string;
  amountMicroUsd: number;
}

/** A write that changes nothing but takes the row's lock (PostgreSQL) or the write lock (SQLite). */
async function touch(tx: Tx, scope: string, month: string, now: Date): Promise<boolean> {
  return (await tx.$executeRaw`UPDATE "SpendCounter" SET "updatedAt" = ${now} WHERE "scope" = ${scope} AND "month" = ${month}`) === 1;
}

/**
 * The counter row of a scope and month, created on first use with what the jobs table already
 * holds for that month (billed costs, plus estimates of jobs still open), so an installation that
 * starts counting mid-month does not forget what was spent before. Its first statement is a
 * write: on SQLite a transaction that read first could not take the write lock after another one.
 */
async function ensureCounter(tx: Tx, { scope, userId, now }: { scope: string; userId?: string; now: Date }): Promise<void> {
  const { key: month, start, end } = spendMonth(now);
  if (await touch(tx, scope, month, now)) return;
  const where = { ...(userId ? { userId } : {}), createdAt: { gte: start, lt: end } };
  const [billed, open] = await Promise.all([
    tx.job.aggregate({ where, _sum: { costMicroUsd: true } }),
    tx.job.aggregate({ where: { ...where, status: { in: ["queued", "running"] } }, _sum: { estimatedCostMicroUsd: true } }),
  ]);
  const initial = BigInt((billed._sum.costMicroUsd ?? 0) + (open._sum.estimatedCostMicroUsd ?? 0));
  // Two first reservations may race here: one insert wins, the other does nothing.
  await tx.$executeRaw`INSERT INTO "SpendCounter" ("scope", "month", "reservedMicroUsd", "updatedAt") VALUES (${scope}, ${month}, ${initial}, ${now}) ON CONFLICT ("scope", "month") DO NOTHING`;
}

/** Adds `amount` to the counter only if it stays within `cap`: one conditional UPDATE, atomic on SQLite and PostgreSQL. */
async function addWithin(tx: Tx, scope: string, month: string, amount: number, cap: number, now: Date): Promise<boolean> {
  const changed = await tx.$executeRaw`UPDATE "SpendCounter" SET "reservedMicroUsd" = "reservedMicroUsd" + ${BigInt(amount)}, "updatedAt" = ${now} WHERE "scope" = ${scope} AND "month" = ${month} AND "reservedMicroUsd" + ${BigInt(amount)} <= ${BigInt(cap)}`;
  return changed === 1;
}

async function reservedOf(tx: Tx, scope: string, month: string): Promise<number> {
  const row = await tx.spendCounter.findUnique({ where: { scope_month: { scope, month } }, select: { reservedMicroUsd: true } });
  return Number(row?.reservedMicroUsd ?? 0n);
}

/**
 * Reserves a job's estimate against the user's monthly budget and GLOBAL_MONTHLY_BUDGET_USD, inside
 * the caller's transaction (the one that inserts the job): if the transaction rolls back, so does
 * the reservation. Each cap is a conditional update of a per-scope, per-month counter
 * (`reserved + amount <= cap`), so no interleaving of requests on any number of servers can take
 * a scope past its cap, and no lock is needed beyond the row the update touches.
 *
 * Free work (amount 0) is never refused, but still touches the user's row: on PostgreSQL that row
 * lock orders the user's concurrent inserts, so checks made after it in the same transaction
 * (the open-jobs cap) see every earlier one. Call it first in the transaction (on SQLite, a
 * transaction that read before its first write can fail to take the write lock), and lock the
 * user's row before the global one (as this does) so that transactions never wait on each other
 * in a circle.
 */
export async function reserveSpend(tx: Tx, { userId, amountMicroUsd, now = new Date() }: { userId: string; amountMicroUsd: number; now?: Date }): Promise<SpendReservation> {
  const month = monthKey(now);
  const scope = userScope(userId);
  await ensureCounter(tx, { scope, userId, now });
  if (amountMicroUsd <= 0) {
    // The row may have been inserted by a concurrent transaction (ON CONFLICT takes no lock): lock it now.
    await touch(tx, scope, month, now);
    return { userId, month, amountMicroUsd: 0 };
  }
  const user = await tx.user.findUnique({ where: { id: userId }, select: { budgetUsd: true, ownLimitUsd: true } });
  const env = getEnv();
  const budget = effectiveBudgetMicroUsd({ budgetUsd: user?.budgetUsd ?? null, ownLimitUsd: user?.ownLimitUsd ?? null }, env.MONTHLY_BUDGET_USD);
  if (!(await addWithin(tx, scope, month, amountMicroUsd, budget, now))) {
    const left = Math.max(0, budget - (await reservedOf(tx, scope, month)));
    throw budgetExceeded({ budgetMicroUsd: budget, leftMicroUsd: left, neededMicroUsd: amountMicroUsd });
  }
  // The installation's counter follows all paid work, capped or not, so that a cap set mid-month
  // (or set, lifted and set again) counts everything already reserved.
  const cap = env.GLOBAL_MONTHLY_BUDGET_USD === undefined ? Number.MAX_SAFE_INTEGER : usdToMicro(env.GLOBAL_MONTHLY_BUDGET_USD);
  await ensureCounter(tx, { scope: GLOBAL_SCOPE, now });
  if (!(await addWithin(tx, GLOBAL_SCOPE, month, amountMicroUsd, cap, now))) {
    const left = Math.max(0, cap - (await reservedOf(tx, GLOBAL_SCOPE, month)));
    throw installationBudgetExceeded({ leftMicroUsd: left, neededMicroUsd: amountMicroUsd });
  }
  return { userId, month, amountMicroUsd };
}

/**
 * Replaces a reservation by what the provider billed (0 when nothing was billed), in the
 * transaction that finishes the job. The difference is applied without a cap: money already
 * spent is recorded even when it passes the budget.
 */
export async function settleSpend(tx: Tx, { reservation, billedMicroUsd, now = new Date() }: { reservation: SpendReservation; billedMicroUsd: number; now?: Date }): Promise<void> {
  const delta = BigInt(billedMicroUsd - reservation.amountMicroUsd);
  if (delta === 0n) return;
  for (const scope of [userScope(reservation.userId), GLOBAL_SCOPE]) {
    await tx.$executeRaw`UPDATE "SpendCounter" SET "reservedMicroUsd" = "reservedMicroUsd" + ${delta}, "updatedAt" = ${now} WHERE "scope" = ${scope} AND "month" = ${reservation.month}`;
  }
}

/** The month's reserved total of a user (or, without userId, of the installation); 0 before any reservation. */
export async function reservedThisMonth(tx: Tx, { userId, now = new Date() }: { userId?: string; now?: Date }): Promise<number> {
  return reservedOf(tx, userId ? userScope(userId) : GLOBAL_SCOPE, monthKey(now));
}
