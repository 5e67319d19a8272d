import "server-only";
import { db, type DbClient } from "@/lib/db/client";
import { settleJobSpend, type SettledJob } from "./settle";

// A running job's transitions. Each is guarded by the worker holding the job (`lockedBy`) and its
// status, so a job canceled or taken over meanwhile is never overwritten: the write just fails.
// A job that ends settles its spend reservation in the same transaction (only when its write
// succeeded, so nothing is settled twice); a requeue keeps it.

/** A job as the runner holds it: enough to guard its writes and settle its reservation. */
export type HeldJob = SettledJob & { id: string };

const held = (id: string, workerId: string) => ({ id, lockedBy: workerId, status: "running" });

/** queued → running for this worker, if no other took it first (a conditional update: atomic). */
export async function claimJob({ id, workerId, now = new Date() }: { id: string; workerId: string; now?: Date }): Promise<boolean> {
  const claimed = await db().job.updateMany({
    where: { id, status: "queued" },
    data: { status: "running", lockedBy: workerId, heartbeatAt: now, startedAt: now, attempts: { increment: 1 }, stage: "starting", errorCode: null, errorMessage: null },
  });
  return claimed.count === 1;
}

/** Tells the others this worker still runs these jobs; returns those it still holds (the rest were canceled). */
export async function touchJobs({ ids, workerId }: { ids: readonly string[]; workerId: string }): Promise<Set<string>> {
  const where = { id: { in: [...ids] }, lockedBy: workerId, status: "running" };
  await db().job.updateMany({ where, data: { heartbeatAt: new Date() } });
  const live = await db().job.findMany({ where, select: { id: true } });
  return new Set(live.map((j) => j.id));
}

export async function recordProgress({ id, workerId, progress, stage }: { id: string; workerId: string; progress: number; stage?: string }): Promise<boolean> {
  const result = await db().job.updateMany({
    where: held(id, workerId),
    data: { progress: Math.max(0, Math.min(99, Math.round(progress))), stage, heartbeatAt: new Date() },
  });
  return result.count === 1;
}

export async function recordPreview({ id, workerId, previewKey }: { id: string; workerId: string; previewKey: string }): Promise<boolean> {
  return (await db().job.updateMany({ where: held(id, workerId), data: { previewKey } })).count === 1;
}

/**
 * Adds a billed provider call to the running job's billed total, in its own small write right
 * after the call: a job that then fails, is canceled or loses its worker still counts it.
 */
export async function recordBilledCall({ id, workerId, microUsd }: { id: string; workerId: string; microUsd: number }): Promise<boolean> {
  if (microUsd <= 0) return false;
  return (await db().job.updateMany({ where: held(id, workerId), data: { billedMicroUsd: { increment: microUsd } } })).count === 1;
}

/** running → succeeded, in the transaction that stores the images; the job then counts at `costMicroUsd`. */
export async function completeJob(
  client: DbClient,
  { job, workerId, imageIds, costMicroUsd }: { job: HeldJob; workerId: string; imageIds: readonly string[]; costMicroUsd: number },
): Promise<boolean> {
  const done = await client.job.updateMany({
    where: held(job.id, workerId),
    data: { status: "succeeded", progress: 100, stage: "done", costMicroUsd, billedMicroUsd: costMicroUsd, imageIds: JSON.stringify(imageIds), finishedAt: new Date(), lockedBy: null, previewKey: null },
  });
  if (done.count !== 1) return false;
  await settleJobSpend(client, job, costMicroUsd);
  return true;
}

/**
 * running → failed with the reason. `costMicroUsd` is what the provider billed for the job, over
 * all its attempts (0 by default: Inkwell charges nothing for work the provider did not bill); the
 * job counts at it from then on.
 */
export async function failJob({ job, workerId, code, message, costMicroUsd = 0 }: { job: HeldJob; workerId: string; code: string; message: string; costMicroUsd?: number }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const result = await tx.job.updateMany({
      where: held(job.id, workerId),
      data: { status: "failed", errorCode: code, errorMessage: message, costMicroUsd, billedMicroUsd: costMicroUsd, finishedAt: new Date(), lockedBy: null, previewKey: null },
    });
    if (result.count !== 1) return false;
    await settleJobSpend(tx, job, costMicroUsd);
    return true;
  });
}

/**
 * A canceled job whose provider call was billed anyway (its finished image came back after the
 * cancel and was thrown away): it counts at `costMicroUsd` instead of what the cancel recorded.
 */
export async function recordCanceledCost({ job, costMicroUsd }: { job: HeldJob; costMicroUsd: number }): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const current = await tx.job.findFirst({ where: { id: job.id, status: "canceled" }, select: { costMicroUsd: true } });
    if (!current || current.costMicroUsd === costMicroUsd) return false;
    const changed = await tx.job.updateMany({ where: { id: job.id, status: "canceled", costMicroUsd: current.costMicroUsd }, data: { costMicroUsd, billedMicroUsd: costMicroUsd } });
    if (changed.count !== 1) return false;
    await settleJobSpend(tx, job, costMicroUsd, current.costMicroUsd);
    return true;
  });
}

/** A job's switch to another image model: its column, the input its handler reads, and the model it leaves. */
export interface ModelSwitch {
  model: string;
  from: string;
  input: string;
}

/** running → queued again, not before `runAfter` (a retry decided by the retry policy), perhaps on another model; its reservation stays. */
export async function requeueJob({ id, workerId, runAfter, stage, switchModel }: { id: string; workerId: string; runAfter: Date; stage: string; switchModel?: ModelSwitch }): Promise<boolean> {
  const switched = switchModel ? { model: switchModel.model, modelSwitchedFrom: switchModel.from, input: switchModel.input } : {};
  const result = await db().job.updateMany({
    where: held(id, workerId),
    data: { status: "queued", lockedBy: null, runAfter, progress: 0, stage, ...switched },
  });
  return result.count === 1;
}
