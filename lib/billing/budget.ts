import "server-only";
import type { DbClient } from "@/lib/db/client";
import { readInstallationSpend, readMonthlySpend, type SpendRow } from "@/lib/db/spend";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatUsd, usdToMicro } from "@/lib/shared/money";
import type { InstallationSpend } from "@/lib/shared/views";
import { effectiveBudgetMicroUsd, monthStart } from "./budget-rules";

export type { InstallationSpend };

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

/** The user's budgets (the admin's figure or the server's default, and their own limit) with what is spent and committed. */
export function toMonthlySpend(row: SpendRow): MonthlySpend {
  const defaultUsd = getEnv().MONTHLY_BUDGET_USD;
  return {
    spentMicroUsd: row.spentMicroUsd,
    pendingMicroUsd: row.pendingMicroUsd,
    budgetMicroUsd: effectiveBudgetMicroUsd(row, defaultUsd),
    capMicroUsd: usdToMicro(row.budgetUsd ?? defaultUsd),
    ownLimitMicroUsd: row.ownLimitUsd === null ? null : usdToMicro(row.ownLimitUsd),
  };
}

export async function getMonthlySpend({ userId, now = new Date() }: { userId: string; now?: Date }, client?: DbClient): Promise<MonthlySpend> {
  return toMonthlySpend(await readMonthlySpend({ userId, since: monthStart(now) }, client));
}

export async function getInstallationSpend({ now = new Date() }: { now?: Date } = {}, client?: DbClient): Promise<InstallationSpend> {
  const cap = getEnv().GLOBAL_MONTHLY_BUDGET_USD;
  const spend = await readInstallationSpend({ since: monthStart(now) }, client);
  return { ...spend, capMicroUsd: cap === undefined ? null : usdToMicro(cap) };
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
 * past GLOBAL_MONTHLY_BUDGET_USD. Free work always passes. Given a transaction, reads in it.
 */
export async function assertWithinBudget({ userId, addMicroUsd }: { userId: string; addMicroUsd: number }, client?: DbClient): Promise<void> {
  if (addMicroUsd <= 0) return;
  const spend = await getMonthlySpend({ userId }, client);
  const left = Math.max(0, spend.budgetMicroUsd - spend.spentMicroUsd - spend.pendingMicroUsd);
  if (addMicroUsd > left) throw budgetExceeded({ budgetMicroUsd: spend.budgetMicroUsd, leftMicroUsd: left, neededMicroUsd: addMicroUsd });
  const installation = await getInstallationSpend({}, client);
  if (installation.capMicroUsd === null) return;
  const globalLeft = Math.max(0, installation.capMicroUsd - installation.spentMicroUsd - installation.pendingMicroUsd);
  if (addMicroUsd > globalLeft) throw installationBudgetExceeded({ leftMicroUsd: globalLeft, neededMicroUsd: addMicroUsd });
}
