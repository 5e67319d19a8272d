import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatUsd } from "@/lib/images/cost";
import { effectiveBudgetMicroUsd, monthStart, usdToMicro } from "./budget-rules";

export interface MonthlySpend {
  /** Billed since the first of the month (UTC), micro-dollars. */
  spentMicroUsd: number;
  /** Estimated for jobs still queued or running. */
  pendingMicroUsd: number;
  /** The budget in force: the admin's figure (or the default) lowered by the user's own limit. */
  budgetMicroUsd: number;
  /** The admin's figure (or MONTHLY_BUDGET_USD): the most the user may set their own limit to. */
  capMicroUsd: number;
  /** The user's own lower limit, when they set one. */
  ownLimitMicroUsd: number | null;
}

const OPEN = ["queued", "running"];

/** Billed costs of the month plus the estimates of open jobs, for one user or (no userId) everyone. */
async function spendOf(userId: string | undefined, now: Date): Promise<{ spent: number; pending: number }> {
  const owner = userId ? { userId } : {};
  const [spent, pending] = await Promise.all([
    db().job.aggregate({ where: { ...owner, createdAt: { gte: monthStart(now) } }, _sum: { costMicroUsd: true } }),
    db().job.aggregate({ where: { ...owner, status: { in: OPEN } }, _sum: { estimatedCostMicroUsd: true } }),
  ]);
  return { spent: spent._sum.costMicroUsd ?? 0, pending: pending._sum.estimatedCostMicroUsd ?? 0 };
}

export async function getMonthlySpend({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<MonthlySpend> {
  const [user, spend] = await Promise.all([db().user.findUnique({ where: { id: userId }, select: { budgetUsd: true, ownLimitUsd: true } }), spendOf(userId, now)]);
  const limits = { budgetUsd: user?.budgetUsd ?? null, ownLimitUsd: user?.ownLimitUsd ?? null };
  const defaultUsd = getEnv().MONTHLY_BUDGET_USD;
  return {
    spentMicroUsd: spend.spent,
    pendingMicroUsd: spend.pending,
    budgetMicroUsd: effectiveBudgetMicroUsd(limits, defaultUsd),
    capMicroUsd: usdToMicro(limits.budgetUsd ?? defaultUsd),
    ownLimitMicroUsd: limits.ownLimitUsd === null ? null : usdToMicro(limits.ownLimitUsd),
  };
}

export interface InstallationSpend {
  spentMicroUsd: number;
  pendingMicroUsd: number;
  /** GLOBAL_MONTHLY_BUDGET_USD, or null when the installation has no cap. */
  capMicroUsd: number | null;
}

export async function getInstallationSpend({ now = new Date() }: { now?: Date } = {}): Promise<InstallationSpend> {
  const cap = getEnv().GLOBAL_MONTHLY_BUDGET_USD;
  const spend = await spendOf(undefined, now);
  return { spentMicroUsd: spend.spent, pendingMicroUsd: spend.pending, capMicroUsd: cap === undefined ? null : usdToMicro(cap) };
}

export function budgetExceeded({ budgetMicroUsd, leftMicroUsd, neededMicroUsd }: { budgetMicroUsd: number; leftMicroUsd: number; neededMicroUsd: number }): AppError {
  return new AppError(
    "budget:exceeded",
    `This would go over your monthly budget of ${formatUsd(budgetMicroUsd)} (${formatUsd(leftMicroUsd)} left, this needs about ${formatUsd(neededMicroUsd)}). Use the free offline engine, or ask an administrator for a larger budget.`,
    { budgetMicroUsd, leftMicroUsd, neededMicroUsd },
  );
}

export function installationBudgetExceeded({ leftMicroUsd, neededMicroUsd }: { leftMicroUsd: number; neededMicroUsd: number }): AppError {
  return new AppError(
    "budget:installation",
    `This server has used its monthly budget for paid images (${formatUsd(leftMicroUsd)} left, this needs about ${formatUsd(neededMicroUsd)}). Use the free offline engine, or try again next month.`,
    { leftMicroUsd, neededMicroUsd },
  );
}

/**
 * Refuses new paid work that would take the user past their monthly budget, or the installation
 * past GLOBAL_MONTHLY_BUDGET_USD. Free work always passes.
 */
export async function assertWithinBudget({ userId, addMicroUsd }: { userId: string; addMicroUsd: number }): Promise<void> {
  if (addMicroUsd <= 0) return;
  const spend = await getMonthlySpend({ userId });
  const left = Math.max(0, spend.budgetMicroUsd - spend.spentMicroUsd - spend.pendingMicroUsd);
  if (addMicroUsd > left) throw budgetExceeded({ budgetMicroUsd: spend.budgetMicroUsd, leftMicroUsd: left, neededMicroUsd: addMicroUsd });
  const installation = await getInstallationSpend();
  if (installation.capMicroUsd === null) return;
  const globalLeft = Math.max(0, installation.capMicroUsd - installation.spentMicroUsd - installation.pendingMicroUsd);
  if (addMicroUsd > globalLeft) throw installationBudgetExceeded({ leftMicroUsd: globalLeft, neededMicroUsd: addMicroUsd });
}
