import "server-only";
import { db, type DbClient } from "./client";
import { FINISHED_JOB_STATUSES, OPEN_JOB_STATUSES } from "@/lib/shared/jobs";

// The month's spend is what the spend counters hold (the reservations made when jobs were queued,
// settled at billed cost when they ended): the same figure the caps are enforced against. Jobs
// are read only to split it into billed and pending, and for a scope that has no counter yet.

/** Money billed and committed, in micro-dollars. */
export interface SpendTotals {
  /** Billed for finished jobs of the month (a job the provider did not bill costs 0). */
  spentMicroUsd: number;
  /** Estimated for the month's jobs still queued or running. */
  pendingMicroUsd: number;
}

/** What a user has spent and committed this month, and the budgets set for them. */
export interface SpendRow extends SpendTotals {
  /** The monthly budget an admin set, in dollars, or null for the server's default. */
  budgetUsd: number | null;
  /** The user's own lower limit, in dollars, or null. */
  ownLimitUsd: number | null;
}

/** A month: its counter key ("2026-11") and its bounds (UTC). */
export interface SpendMonth {
  key: string;
  start: Date;
  end: Date;
}

/** The spend counter scope of a user, or of the whole installation. */
export function spendScope(userId?: string): string {
  return userId ? `user:${userId}` : "global";
}

const USER_PREFIX = spendScope("");

const inMonth = (month: SpendMonth) => ({ createdAt: { gte: month.start, lt: month.end } });
const finished = { status: { in: [...FINISHED_JOB_STATUSES] } };
const open = { status: { in: [...OPEN_JOB_STATUSES] } };

async function readCounter(client: DbClient, scope: string, month: SpendMonth): Promise<number | null> {
  const row = await client.spendCounter.findUnique({ where: { scope_month: { scope, month: month.key } }, select: { reservedMicroUsd: true } });
  return row ? Number(row.reservedMicroUsd) : null;
}

async function totalsOf(client: DbClient, month: SpendMonth, userId?: string): Promise<SpendTotals> {
  const owner = userId ? { userId } : {};
  const [counter, spent, pending] = await Promise.all([
    readCounter(client, spendScope(userId), month),
    client.job.aggregate({ where: { ...owner, ...inMonth(month), ...finished }, _sum: { costMicroUsd: true } }),
    client.job.aggregate({ where: { ...owner, ...inMonth(month), ...open }, _sum: { estimatedCostMicroUsd: true } }),
  ]);
  const pendingMicroUsd = pending._sum.estimatedCostMicroUsd ?? 0;
  // Without a counter (nothing reserved yet this month), the jobs say what it would start from.
  const total = counter ?? (spent._sum.costMicroUsd ?? 0) + pendingMicroUsd;
  return { spentMicroUsd: total - pendingMicroUsd, pendingMicroUsd };
}

export async function readMonthlySpend({ userId, month }: { userId: string; month: SpendMonth }, client: DbClient = db()): Promise<SpendRow> {
  const [user, totals] = await Promise.all([client.user.findUnique({ where: { id: userId }, select: { budgetUsd: true, ownLimitUsd: true } }), totalsOf(client, month, userId)]);
  return { ...totals, budgetUsd: user?.budgetUsd ?? null, ownLimitUsd: user?.ownLimitUsd ?? null };
}

/** The whole installation's spend this month. */
export async function readInstallationSpend({ month }: { month: SpendMonth }, client: DbClient = db()): Promise<SpendTotals> {
  return totalsOf(client, month);
}

/** Each user's spend this month (users with neither a counter nor a job this month are absent). */
export async function readSpendByUser({ month }: { month: SpendMonth }, client: DbClient = db()): Promise<Map<string, SpendTotals>> {
  const [counters, spent, pending] = await Promise.all([
    client.spendCounter.findMany({ where: { month: month.key, scope: { startsWith: USER_PREFIX } }, select: { scope: true, reservedMicroUsd: true } }),
    client.job.groupBy({ by: ["userId"], where: { ...inMonth(month), ...finished }, _sum: { costMicroUsd: true } }),
    client.job.groupBy({ by: ["userId"], where: { ...inMonth(month), ...open }, _sum: { estimatedCostMicroUsd: true } }),
  ]);
  const totals = new Map<string, number>();
  for (const row of spent) totals.set(row.userId, row._sum.costMicroUsd ?? 0);
  for (const row of pending) totals.set(row.userId, (totals.get(row.userId) ?? 0) + (row._sum.estimatedCostMicroUsd ?? 0));
  for (const row of counters) totals.set(row.scope.slice(USER_PREFIX.length), Number(row.reservedMicroUsd));
  const pendingOf = new Map(pending.map((row) => [row.userId, row._sum.estimatedCostMicroUsd ?? 0]));
  const out = new Map<string, SpendTotals>();
  for (const [userId, total] of totals) {
    const pendingMicroUsd = pendingOf.get(userId) ?? 0;
    out.set(userId, { spentMicroUsd: total - pendingMicroUsd, pendingMicroUsd });
  }
  return out;
}
