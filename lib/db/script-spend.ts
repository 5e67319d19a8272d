import "server-only";
import { db } from "./client";

/**
 * What a script has cost, in micro-dollars: every job of the user that belongs to it — its
 * batches' jobs, and the redraws, variations and edits of its segments — at what the provider
 * billed (a failed job the provider billed counts; one it did not bill costs 0). Jobs, not
 * images, are summed: they are what the spend report and the budgets count.
 */
export async function scriptSpentMicroUsd({ scriptId, userId }: { scriptId: string; userId: string }): Promise<number> {
  const sum = await db().job.aggregate({
    where: { userId, OR: [{ segment: { scriptId } }, { batch: { scriptId } }] },
    _sum: { costMicroUsd: true },
  });
  return sum._sum.costMicroUsd ?? 0;
}
