import "server-only";
import { db, type DbClient } from "./client";
import { FINISHED_JOB_STATUSES, OPEN_JOB_STATUSES } from "@/lib/shared/jobs";

/** Money billed and committed, in micro-dollars. */
export interface SpendTotals {
  /** Billed for finished jobs since the start of the month (a job the provider did not bill costs 0). */
  spentMicroUsd: number;
  /** Estimated for jobs still queued or running. */
  pendingMicroUsd: number;
}

/** What a user has spent and committed this month, and the budgets set for them. */
export interface SpendRow extends SpendTotals {
  /** The monthly budget an admin set, in dollars, or null for the server's default. */
  budgetUsd: number | null;
  /** The user's own lower limit, in dollars, or null. */
  ownLimitUsd: number | null;
}

const billedSince = (since: Date) => ({ createdAt: { gte: since }, status: { in: [...FINISHED_JOB_STATUSES] } });
const open = { status: { in: [...OPEN_JOB_STATUSES] } };

export async function readMonthlySpend({ userId, since }: { userId: string; since: Date }, client: DbClient = db()): Promise<SpendRow> {
  const [user, spent, pending] = await Promise.all([
    client.user.findUnique({ where: { id: userId }, select: { budgetUsd: true, ownLimitUsd: true } }),
    client.job.aggregate({ where: { userId, ...billedSince(since) }, _sum: { costMicroUsd: true } }),
    client.job.aggregate({ where: { userId, ...open }, _sum: { estimatedCostMicroUsd: true } }),
  ]);
  return {
    spentMicroUsd: spent._sum.costMicroUsd ?? 0,
    pendingMicroUsd: pending._sum.estimatedCostMicroUsd ?? 0,
    budgetUsd: user?.budgetUsd ?? null,
    ownLimitUsd: user?.ownLimitUsd ?? null,
  };
}

/** The whole installation's spend this month. */
export async function readInstallationSpend({ since }: { since: Date }, client: DbClient = db()): Promise<SpendTotals> {
  const [spent, pending] = await Promise.all([
    client.job.aggregate({ where: billedSince(since), _sum: { costMicroUsd: true } }),
    client.job.aggregate({ where: open, _sum: { estimatedCostMicroUsd: true } }),
  ]);
  return { spentMicroUsd: spent._sum.costMicroUsd ?? 0, pendingMicroUsd: pending._sum.estimatedCostMicroUsd ?? 0 };
}

/** Each user's spend this month (users with no job are absent). */
export async function readSpendByUser({ since }: { since: Date }, client: DbClient = db()): Promise<Map<string, SpendTotals>> {
  const [spent, pending] = await Promise.all([
    client.job.groupBy({ by: ["userId"], where: billedSince(since), _sum: { costMicroUsd: true } }),
    client.job.groupBy({ by: ["userId"], where: open, _sum: { estimatedCostMicroUsd: true } }),
  ]);
  const out = new Map<string, SpendTotals>();
  const entry = (userId: string) => out.get(userId) ?? out.set(userId, { spentMicroUsd: 0, pendingMicroUsd: 0 }).get(userId)!;
  for (const row of spent) entry(row.userId).spentMicroUsd = row._sum.costMicroUsd ?? 0;
  for (const row of pending) entry(row.userId).pendingMicroUsd = row._sum.estimatedCostMicroUsd ?? 0;
  return out;
}
