import "server-only";
import { db, type DbClient } from "@/lib/db/client";
import { OPEN_JOB_STATUSES } from "@/lib/shared/jobs";
import { settleJobSpend } from "./settle";

/** Which open jobs of the user to cancel: these ids, a batch's, or all of them. */
export type CancelScope = { ids: readonly string[] } | { batchId: string } | { all: true };

function scopeWhere(scope: CancelScope) {
  if ("ids" in scope) return { id: { in: [...scope.ids] } };
  if ("batchId" in scope) return { batchId: scope.batchId };
  return {};
}

const openStatus = { status: { in: [...OPEN_JOB_STATUSES] } };

async function cancelIn(tx: DbClient, userId: string, scope: CancelScope, costMicroUsd: number): Promise<string[]> {
  const open = await tx.job.findMany({ where: { userId, ...openStatus, ...scopeWhere(scope) }, select: { id: true, userId: true, createdAt: true, estimatedCostMicroUsd: true } });
  const canceled: string[] = [];
  const finishedAt = new Date();
  for (const job of open) {
    // One guarded write per job: a job that finished meanwhile keeps its own settlement.
    const changed = await tx.job.updateMany({
      where: { id: job.id, userId, ...openStatus },
      data: { status: "canceled", finishedAt, lockedBy: null, costMicroUsd, previewKey: null },
    });
    if (changed.count !== 1) continue;
    // What its provider calls were billed so far (earlier attempts, or the running one) still
    // counts. Read after the write: a canceled job takes no more billed calls (they need "running").
    const billed = (await tx.job.findUniqueOrThrow({ where: { id: job.id }, select: { billedMicroUsd: true } })).billedMicroUsd;
    const cost = Math.max(costMicroUsd, billed);
    if (cost !== costMicroUsd) await tx.job.update({ where: { id: job.id }, data: { costMicroUsd: cost } });
    await settleJobSpend(tx, job, cost);
    canceled.push(job.id);
  }
  return canceled;
}

/**
 * queued | running → canceled, each job's reservation settled at what its provider calls were
 * billed so far (its `billedMicroUsd`; nothing for unbilled work), or `costMicroUsd` when more; a
 * runner that gets a billed image back after the cancel records its cost with `recordCanceledCost`. Returns the ids that were open, so
 * the runner holding one can stop it. Runs in the given transaction, or in its own.
 */
export async function cancelOpenJobs({ userId, scope, costMicroUsd = 0 }: { userId: string; scope: CancelScope; costMicroUsd?: number }, client?: DbClient): Promise<string[]> {
  if (client) return cancelIn(client, userId, scope, costMicroUsd);
  return db().$transaction((tx) => cancelIn(tx, userId, scope, costMicroUsd));
}
