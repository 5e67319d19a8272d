import "server-only";
import { db, type DbClient } from "@/lib/db/client";
import { OPEN_JOB_STATUSES } from "@/lib/shared/jobs";

/** Which open jobs of the user to cancel: these ids, a batch's, or all of them. */
export type CancelScope = { ids: readonly string[] } | { batchId: string } | { all: true };

function scopeWhere(scope: CancelScope) {
  if ("ids" in scope) return { id: { in: [...scope.ids] } };
  if ("batchId" in scope) return { batchId: scope.batchId };
  return {};
}

/**
 * queued | running → canceled. Returns the ids that were open, so the runner holding one can stop
 * it. `costMicroUsd` is what the provider had billed (0 by default: nothing for unbilled work).
 */
export async function cancelOpenJobs(
  { userId, scope, costMicroUsd = 0 }: { userId: string; scope: CancelScope; costMicroUsd?: number },
  client: DbClient = db(),
): Promise<string[]> {
  const open = await client.job.findMany({ where: { userId, status: { in: [...OPEN_JOB_STATUSES] }, ...scopeWhere(scope) }, select: { id: true } });
  const ids = open.map((j) => j.id);
  if (ids.length === 0) return [];
  await client.job.updateMany({
    where: { id: { in: ids }, userId, status: { in: [...OPEN_JOB_STATUSES] } },
    data: { status: "canceled", finishedAt: new Date(), lockedBy: null, costMicroUsd, previewKey: null },
  });
  return ids;
}
