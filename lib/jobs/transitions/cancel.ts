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
    await settleJobSpend(tx, job, costMicroUsd);
    canceled.push(job.id);
  }
  return canceled;
}

/**
 * queued | running → canceled, each job's reservation settled at `costMicroUsd`, what the provider
 * had billed (0 by default: nothing for unbilled work; a runner that gets a billed image back
 * after the cancel records its cost with `recordCanceledCost`). Returns the ids that were open, so
 * the runner holding one can stop it. Runs in the given transaction, or in its own.
 */
export async function cancelOpenJobs({ userId, scope, costMicroUsd = 0 }: { userId: string; scope: CancelScope; costMicroUsd?: number }, client?: DbClient): Promise<string[]> {
  if (client) return cancelIn(client, userId, scope, costMicroUsd);
  return db().$transaction((tx) => cancelIn(tx, userId, scope, costMicroUsd));
}
