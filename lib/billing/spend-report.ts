import "server-only";
import { readSpendByUser, type SpendTotals } from "@/lib/db/spend";
import { spendMonth } from "./budget-rules";

/** Per user: billed this month and reserved for open jobs, in micro-dollars, as their spend counters hold it. */
export async function spendByUser({ now = new Date() }: { now?: Date } = {}): Promise<Map<string, SpendTotals>> {
  return readSpendByUser({ month: spendMonth(now) });
}
