import "server-only";
import type { DbClient } from "@/lib/db/client";
import { readInstallationSpend, readMonthlySpend, type SpendRow } from "@/lib/db/spend";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatUsd, usdToMicro } from "@/lib/shared/money";
import type { InstallationSpend } from "@/lib/shared/views";
import { effectiveBudgetMicroUsd, spendMonth } from "./budget-rules";

export type { InstallationSpend };

/**
 * A user's month as the caps see it: `spentMicroUsd + pendingMicroUsd` is what the user's spend
 * counter holds, the figure each new reservation is checked against.
 */
export interface MonthlySpend {
  /** Billed for the month's jobs (UTC month), micro-dollars. */
  spentMicroUsd: number;
  /** Reserved for the month's jobs still queued or running (their estimates). */
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
  return toMonthlySpend(await readMonthlySpend({ userId, month: spendMonth(now) }, client));
}

export async function getInstallationSpend({ now = new Date() }: { now?: Date } = {}, client?: DbClient): Promise<InstallationSpend> {
  const cap = getEnv().GLOBAL_MONTHLY_BUDGET_USD;
  const spend = await readInstallationSpend({ month: spendMonth(now) }, client);
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
