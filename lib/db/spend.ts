import "server-only";
import { db, type DbClient } from "./client";
import { FINISHED_JOB_STATUSES, OPEN_JOB_STATUSES } from "@/lib/shared/jobs";

/** What a user has spent and committed this month, and their own budget if they set one. */
export interface SpendRow {
  /** Billed for finished jobs since `since`, micro-dollars (a job the provider did not bill costs 0). */
  spentMicroUsd: number;
  /** Estimated for jobs still queued or running. */
  pendingMicroUsd: number;
  /** The user's monthly budget in dollars, or null for the server's default. */
  budgetUsd: number | null;
}

export async function readMonthlySpend({ userId, since }: { userId: string; since: Date }, client: DbClient = db()): Promise<SpendRow> {
  const [user, spent, pending] = await Promise.all([
    client.user.findUnique({ where: { id: userId }, select: { monthlyBudgetUsd: true } }),
    client.job.aggregate({ where: { userId, createdAt: { gte: since }, status: { in: [...FINISHED_JOB_STATUSES] } }, _sum: { costMicroUsd: true } }),
    client.job.aggregate({ where: { userId, status: { in: [...OPEN_JOB_STATUSES] } }, _sum: { estimatedCostMicroUsd: true } }),
  ]);
  return {
    spentMicroUsd: spent._sum.costMicroUsd ?? 0,
    pendingMicroUsd: pending._sum.estimatedCostMicroUsd ?? 0,
    budgetUsd: user?.monthlyBudgetUsd ?? null,
  };
}
