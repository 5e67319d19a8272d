import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatUsd, usdToMicro } from "@/lib/shared/money";

export interface MonthlySpend {
  /** Spent on finished jobs since the first of the month (UTC), micro-dollars. */
  spentMicroUsd: number;
  /** Estimated for jobs still queued or running. */
  pendingMicroUsd: number;
  budgetMicroUsd: number;
}

function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export async function getMonthlySpend({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<MonthlySpend> {
  const [user, spent, pending] = await Promise.all([
    db().user.findUnique({ where: { id: userId }, select: { monthlyBudgetUsd: true } }),
    db().job.aggregate({ where: { userId, createdAt: { gte: monthStart(now) }, status: "succeeded" }, _sum: { costMicroUsd: true } }),
    db().job.aggregate({ where: { userId, status: { in: ["queued", "running"] } }, _sum: { estimatedCostMicroUsd: true } }),
  ]);
  const budgetUsd = user?.monthlyBudgetUsd ?? getEnv().MONTHLY_BUDGET_USD;
  return {
    spentMicroUsd: spent._sum.costMicroUsd ?? 0,
    pendingMicroUsd: pending._sum.estimatedCostMicroUsd ?? 0,
    budgetMicroUsd: usdToMicro(budgetUsd),
  };
}

/** Refuses new paid work that would take the user past their monthly budget. Free work always passes. */
export async function assertWithinBudget({ userId, addMicroUsd }: { userId: string; addMicroUsd: number }): Promise<void> {
  if (addMicroUsd <= 0) return;
  const spend = await getMonthlySpend({ userId });
  const after = spend.spentMicroUsd + spend.pendingMicroUsd + addMicroUsd;
  if (after > spend.budgetMicroUsd) {
    const left = Math.max(0, spend.budgetMicroUsd - spend.spentMicroUsd - spend.pendingMicroUsd);
    throw new AppError(
      "budget:exceeded",
      `This would go over your monthly budget of ${formatUsd(spend.budgetMicroUsd)} (${formatUsd(left)} left, this needs about ${formatUsd(addMicroUsd)}). Raise it in Settings or use the free offline engine.`,
      { budgetMicroUsd: spend.budgetMicroUsd, leftMicroUsd: left, neededMicroUsd: addMicroUsd },
    );
  }
}
