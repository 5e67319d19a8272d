import "server-only";
import { db, type DbClient } from "@/lib/db/client";
import { findCachedImage } from "@/lib/db/images";
import { listBusySegments, listBusySubjects, type JobRecord } from "@/lib/db/jobs";
import { reserveSpend } from "@/lib/billing/reservation";
import { AppError } from "@/lib/errors";
import { assertOpenJobsRoom } from "@/lib/limits/open-jobs";
import { applyEnqueueEffects, type EnqueueEffect } from "./effects";
import { emitJobQueued, emitJobsChanged } from "./events";
import { createBatch, insertJobs, reopenBatch, type BatchOwner, type JobDraft } from "./transitions";

/** Reads a plan may make inside the transaction (never writes). */
export interface EnqueueReads {
  /** The user's latest image with this cache key, if any. */
  cachedImage(cacheKey: string): Promise<{ id: string; photoId: string | null } | null>;
  /** Runs a query of lib/db in the transaction, e.g. the variation types already taken. */
  run<A, T>(query: (client: DbClient, args: A) => Promise<T>, args: A): Promise<T>;
}

/** What to write, decided inside the transaction. */
export interface EnqueuePlan {
  jobs: JobDraft[];
  /** Records the jobs will read, written first (a photo). */
  effects?: EnqueueEffect[];
  /**
   * Leave out each job whose segment already has an open job of its kind, or whose subject already
   * has an open job in the batch it joins: nothing is queued twice.
   */
  skipBusy?: "segmentId" | "subject";
  /** The refusal when no job is left to insert. */
  whenEmpty?: () => AppError;
}

export interface EnqueueRequest {
  userId: string;
  /** The jobs form a new batch with this owner, or join an existing batch of the user's. */
  batch?: { owner: BatchOwner } | { addTo: string };
  plan(reads: EnqueueReads): Promise<EnqueuePlan> | EnqueuePlan;
}

export interface EnqueueResult {
  jobs: JobRecord[];
  batchId: string | null;
  /** The estimate reserved for the queued jobs (cache hits cost nothing). */
  estimatedCostMicroUsd: number;
}

function readsOf(client: DbClient, userId: string): EnqueueReads {
  return {
    cachedImage: async (cacheKey) => {
      const hit = await findCachedImage({ userId, cacheKey }, client);
      return hit ? { id: hit.id, photoId: hit.photoId } : null;
    },
    run: (query, args) => query(client, args),
  };
}

async function withoutBusy(client: DbClient, userId: string, drafts: readonly JobDraft[]): Promise<JobDraft[]> {
  const busy = new Map<string, Set<string>>();
  for (const kind of new Set(drafts.map((d) => d.kind))) {
    const segmentIds = drafts.flatMap((d) => (d.kind === kind && d.segmentId ? [d.segmentId] : []));
    busy.set(kind, await listBusySegments(client, { userId, kind, segmentIds }));
  }
  return drafts.filter((d) => !d.segmentId || !busy.get(d.kind)?.has(d.segmentId));
}

async function withoutBusySubjects(client: DbClient, batch: EnqueueRequest["batch"], drafts: readonly JobDraft[]): Promise<JobDraft[]> {
  if (!batch || !("addTo" in batch)) return [...drafts];
  const busy = await listBusySubjects(client, { batchId: batch.addTo, subjects: drafts.flatMap((d) => (d.subject ? [d.subject] : [])) });
  return drafts.filter((d) => !d.subject || !busy.has(d.subject));
}

function leaveOutBusy(client: DbClient, request: EnqueueRequest, plan: EnqueuePlan): Promise<JobDraft[]> | JobDraft[] {
  if (plan.skipBusy === "segmentId") return withoutBusy(client, request.userId, plan.jobs);
  if (plan.skipBusy === "subject") return withoutBusySubjects(client, request.batch, plan.jobs);
  return plan.jobs;
}

/**
 * The one way a job comes to exist. In one transaction: the user's spend counter is locked, the
 * plan reads what it needs and says what to insert (a cache hit is a finished job), busy segments
 * are left out, the queued jobs' estimate is reserved against the user's monthly budget and
 * GLOBAL_MONTHLY_BUDGET_USD (`reserveSpend`: 402 when it does not fit), the open-jobs cap is
 * checked (429), the records the jobs need and their batch are written, and the jobs are
 * inserted. All or nothing: a refusal rolls the reservation back with everything else. Each job's
 * estimate stays reserved until a transition settles it at its billed cost.
 *
 * Locking the counter row first orders one user's concurrent requests (PostgreSQL row lock,
 * SQLite write lock), so the plan's reads and the open-jobs count see every earlier insert.
 */
export async function enqueueJobs(request: EnqueueRequest): Promise<EnqueueResult> {
  const { userId } = request;
  const now = new Date();
  const result = await db().$transaction(async (tx) => {
    await reserveSpend(tx, { userId, amountMicroUsd: 0, now });
    const plan = await request.plan(readsOf(tx, userId));
    const drafts = await leaveOutBusy(tx, request, plan);
    if (drafts.length === 0) throw plan.whenEmpty?.() ?? new AppError("conflict:nothing_to_do", "There is nothing left to start.");
    if (drafts.some((d) => d.userId !== userId)) throw new Error("A job must belong to the user it is queued for.");
    const queued = drafts.filter((d) => !d.cachedImageId);
    const estimatedCostMicroUsd = queued.reduce((sum, d) => sum + (d.estimatedCostMicroUsd ?? 0), 0);
    await reserveSpend(tx, { userId, amountMicroUsd: estimatedCostMicroUsd, now });
    await assertOpenJobsRoom({ userId, adding: queued.length, client: tx });
    await applyEnqueueEffects(tx, plan.effects ?? []);
    let batchId: string | null = null;
    if (request.batch && "owner" in request.batch) {
      batchId = await createBatch(tx, { userId, owner: request.batch.owner, estimatedCostMicroUsd });
    } else if (request.batch) {
      batchId = request.batch.addTo;
      await reopenBatch(tx, { id: batchId, userId, addedMicroUsd: estimatedCostMicroUsd });
    }
    return { jobs: await insertJobs(tx, drafts, batchId, now), batchId, estimatedCostMicroUsd };
  });
  if (result.jobs.some((job) => job.status === "queued")) emitJobQueued();
  emitJobsChanged(userId);
  return result;
}
