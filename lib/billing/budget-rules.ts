import { usdToMicro } from "@/lib/shared/money";

/**
 * A user's monthly budget: what an admin set for them (or MONTHLY_BUDGET_USD), lowered by the
 * user's own limit when they chose one. A member can never go above the admin's figure.
 */
export function effectiveBudgetMicroUsd({ budgetUsd, ownLimitUsd }: { budgetUsd: number | null; ownLimitUsd: number | null }, defaultUsd: number): number {
  const cap = usdToMicro(budgetUsd ?? defaultUsd);
  return ownLimitUsd === null ? cap : Math.min(cap, usdToMicro(ownLimitUsd));
}

/** The first instant of the month (UTC) of `now`. */
export function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** "2026-11": the month a reservation counts in (UTC). */
export function monthKey(now: Date): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The month of `now` (UTC): its counter key and its bounds, for reading what it holds. */
export function spendMonth(now: Date): { key: string; start: Date; end: Date } {
  const start = monthStart(now);
  return { key: monthKey(now), start, end: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)) };
}
