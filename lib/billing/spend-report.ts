import { db } from "@/lib/db/client";
import { monthStart } from "./budget-rules";

/** Per user: billed this month and estimated for open jobs, in micro-dollars. */
export async function spendByUser({ now = new Date() }: { now?: Date } = {}): Promise<Map<string, { spentMicroUsd: number; pendingMicroUsd: number }>> {
  const [spent, pending] = await Promise.all([
    db().job.groupBy({ by: ["userId"], where: { createdAt: { gte: monthStart(now) } }, _sum: { costMicroUsd: true } }),
    db().job.groupBy({ by: ["userId"], where: { status: { in: ["queued", "running"] } }, _sum: { estimatedCostMicroUsd: true } }),
  ]);
  const out = new Map<string, { spentMicroUsd: number; pendingMicroUsd: number }>();
  const entry = (userId: string) => out.get(userId) ?? out.set(userId, { spentMicroUsd: 0, pendingMicroUsd: 0 }).get(userId)!;
  for (const row of spent) entry(row.userId).spentMicroUsd = row._sum.costMicroUsd ?? 0;
  for (const row of pending) entry(row.userId).pendingMicroUsd = row._sum.estimatedCostMicroUsd ?? 0;
  return out;
}
