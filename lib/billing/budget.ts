import "server-only";
import { readMonthlySpend, type SpendRow } from "@/lib/db/spend";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatUsd, usdToMicro } from "@/lib/shared/money";

export interface MonthlySpend {
  /** Billed since the first of the month (UTC), micro-dollars. */
  spentMicroUsd: number;
  /** Estimated for jobs still queued or running. */
  pendingMicroUsd: number;
  budgetMicroUsd: number;
}

export function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** The user's budget (their own, or the server's default) with what is spent and committed. */
export function toMonthlySpend(row: SpendRow): MonthlySpend {
  return {
    spentMicroUsd: row.spentMicroUsd,
    pendingMicroUsd: row.pendingMicroUsd,
    budgetMicroUsd: usdToMicro(row.budgetUsd ?? getEnv().MONTHLY_BUDGET_USD),
  };
}

export async function getMonthlySpend({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<MonthlySpend> {
  return toMonthlySpend(await readMonthlySpend({ userId, since: monthStart(now) }));
}

/** Refuses new paid work that would take the user past their monthly budget. Free work always passes. */
export function assertBudgetAllows(spend: MonthlySpend, addMicroUsd: number): void {
  if (addMicroUsd <= 0) return;
  const after = spend.spentMicroUsd + spend.pendingMicroUsd + addMicroUsd;
  if (after <= spend.budgetMicroUsd) return;
  const left = Math.max(0, spend.budgetMicroUsd - spend.spentMicroUsd - spend.pendingMicroUsd);
  throw new AppError(
    "budget:exceeded",
    `This would go over your monthly budget of ${formatUsd(spend.budgetMicroUsd)} (${formatUsd(left)} left, this needs about ${formatUsd(addMicroUsd)}). Raise it in Settings or use the free offline engine.`,
    { budgetMicroUsd: spend.budgetMicroUsd, leftMicroUsd: left, neededMicroUsd: addMicroUsd },
  );
}
