import "server-only";
import { readSpendByUser, type SpendTotals } from "@/lib/db/spend";
import { monthStart } from "./budget-rules";

/** Per user: billed this month and estimated for open jobs, in micro-dollars. */
export async function spendByUser({ now = new Date() }: { now?: Date } = {}): Promise<Map<string, SpendTotals>> {
  return readSpendByUser({ since: monthStart(now) });
}
