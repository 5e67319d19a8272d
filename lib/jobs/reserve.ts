import "server-only";
import { assertBudgetAllows, monthStart, toMonthlySpend } from "@/lib/billing/budget";
import type { DbClient } from "@/lib/db/client";
import { readMonthlySpend } from "@/lib/db/spend";

/**
 * The one place where new work is checked against what the user may still spend, inside the
 * transaction that inserts the jobs: the jobs' estimate counts as pending from the moment they
 * exist. Free work always passes.
 */
export async function reserveEstimate(client: DbClient, { userId, microUsd, now = new Date() }: { userId: string; microUsd: number; now?: Date }): Promise<void> {
  if (microUsd <= 0) return;
  const spend = toMonthlySpend(await readMonthlySpend({ userId, since: monthStart(now) }, client));
  assertBudgetAllows(spend, microUsd);
}
