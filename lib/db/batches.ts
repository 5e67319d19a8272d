import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { db } from "./client";
import { jobSelect, toJobRecord, type JobRecord, type NewJob } from "./jobs";

/** Groups of jobs created together: a script's batches, and the variations of an image. */
export interface BatchRecord {
  id: string;
  userId: string;
  scriptId: string | null;
  status: "running" | "finished" | "canceled";
  estimatedCostMicroUsd: number;
  createdAt: Date;
  finishedAt: Date | null;
}

const batchSelect = { id: true, userId: true, scriptId: true, status: true, estimatedCostMicroUsd: true, createdAt: true, finishedAt: true } as const;
const OPEN = ["queued", "running"];

function toBatchRecord(row: Omit<BatchRecord, "status"> & { status: string }): BatchRecord {
  return { ...row, status: row.status as BatchRecord["status"] };
}

function jobData(job: NewJob): Prisma.JobUncheckedCreateInput {
  return { ...job, input: JSON.stringify(job.input), bypassCache: job.bypassCache ?? false };
}

/** Segments among these that already have a queued or running scene job: they are not queued again. */
async function busySegments(tx: Prisma.TransactionClient, userId: string, segmentIds: string[]): Promise<Set<string>> {
  const rows = await tx.job.findMany({
    where: { userId, kind: "scene", status: { in: OPEN }, segmentId: { in: segmentIds } },
    select: { segmentId: true },
  });
  return new Set(rows.flatMap((r) => (r.segmentId ? [r.segmentId] : [])));
}

async function insertFreeJobs(tx: Prisma.TransactionClient, userId: string, jobs: readonly NewJob[], batchId: string): Promise<JobRecord[]> {
  const busy = await busySegments(tx, userId, jobs.flatMap((j) => (j.segmentId ? [j.segmentId] : [])));
  const created: JobRecord[] = [];
  for (const job of jobs) {
    if (job.segmentId && busy.has(job.segmentId)) continue;
    created.push(toJobRecord(await tx.job.create({ data: jobData({ ...job, batchId }), select: jobSelect })));
  }
  return created;
}

function nothingLeft(): AppError {
  return new AppError("conflict:nothing_to_illustrate", "Every one of these segments is already being illustrated.");
}

/**
 * One batch and its jobs, all or nothing. Segments that got an open scene job meanwhile are
 * skipped inside the same transaction, so no segment is ever queued twice.
 */
export async function createBatchWithJobs({ userId, scriptId, jobs }: { userId: string; scriptId: string; jobs: readonly NewJob[] }): Promise<{ batch: BatchRecord; jobs: JobRecord[] }> {
  return db().$transaction(async (tx) => {
    const batch = await tx.batch.create({ data: { userId, scriptId, status: "running" }, select: { id: true } });
    const created = await insertFreeJobs(tx, userId, jobs, batch.id);
    if (created.length === 0) throw nothingLeft();
    const estimatedCostMicroUsd = created.reduce((sum, j) => sum + j.estimatedCostMicroUsd, 0);
    const row = await tx.batch.update({ where: { id: batch.id }, data: { estimatedCostMicroUsd }, select: batchSelect });
    return { batch: toBatchRecord(row), jobs: created };
  });
}

/** New jobs in an existing batch (a retry): the batch runs again and its estimate grows by theirs. */
export async function addJobsToBatch({ batchId, userId, jobs }: { batchId: string; userId: string; jobs: readonly NewJob[] }): Promise<JobRecord[]> {
  return db().$transaction(async (tx) => {
    const created = await insertFreeJobs(tx, userId, jobs, batchId);
    if (created.length === 0) throw new AppError("conflict:nothing_to_retry", "No failed or canceled segment is left to retry in this batch.");
    const added = created.reduce((sum, j) => sum + j.estimatedCostMicroUsd, 0);
    await tx.batch.update({ where: { id: batchId }, data: { status: "running", finishedAt: null, estimatedCostMicroUsd: { increment: added } } });
    return created;
  });
}

export async function getBatchOrThrow({ id, userId }: { id: string; userId: string }): Promise<BatchRecord> {
  const row = await db().batch.findFirst({ where: { id, userId }, select: batchSelect });
  if (!row) throw new AppError("not_found:batch", "This batch does not exist.");
  return toBatchRecord(row);
}

export async function findLatestBatch({ scriptId, userId }: { scriptId: string; userId: string }): Promise<BatchRecord | null> {
  const row = await db().batch.findFirst({ where: { scriptId, userId }, orderBy: { createdAt: "desc" }, select: batchSelect });
  return row ? toBatchRecord(row) : null;
}

/** Every job of the batch, oldest first (a retried segment has several). */
export async function listBatchJobs({ batchId }: { batchId: string }): Promise<JobRecord[]> {
  const rows = await db().job.findMany({ where: { batchId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: jobSelect });
  return rows.map(toJobRecord);
}

/** Cancels the batch's queued and running jobs; returns their ids so running ones can be aborted. */
export async function cancelBatchRecord({ id, userId }: { id: string; userId: string }): Promise<string[]> {
  return db().$transaction(async (tx) => {
    const open = await tx.job.findMany({ where: { batchId: id, userId, status: { in: OPEN } }, select: { id: true } });
    const ids = open.map((j) => j.id);
    await tx.job.updateMany({
      where: { id: { in: ids }, status: { in: OPEN } },
      data: { status: "canceled", finishedAt: new Date(), lockedBy: null, costMicroUsd: 0, previewKey: null },
    });
    await tx.batch.updateMany({ where: { id, userId }, data: { status: "canceled", finishedAt: new Date() } });
    return ids;
  });
}

/** Records that a running batch has no open job left (its status is computed on read anyway). */
export async function markBatchFinished({ id }: { id: string }): Promise<void> {
  await db().batch.updateMany({ where: { id, status: "running" }, data: { status: "finished", finishedAt: new Date() } });
}

/** The variation type of an open job's input; only for `sourceImageId` when one is given. */
function variationTypeOf(input: string, sourceImageId: string | undefined): string | null {
  try {
    const value = JSON.parse(input) as { sourceImageId?: unknown; variationType?: unknown };
    const ours = sourceImageId === undefined || value.sourceImageId === sourceImageId;
    return ours && typeof value.variationType === "string" ? value.variationType : null;
  } catch {
    return null;
  }
}

/**
 * Variation jobs of an image, created together. `pick` receives the variation types already
 * taken (by stored variations and by variation jobs still open) and returns the new ones, inside
 * the transaction, so two requests at once cannot take the same type.
 */
export async function createVariationJobs({
  userId,
  sourceImageId,
  segmentId,
  pick,
  build,
}: {
  userId: string;
  sourceImageId: string;
  /** Variation types are counted per segment (five at most in all), or per image outside a script. */
  segmentId: string | null;
  pick: (taken: string[]) => string[];
  build: (variationType: string) => NewJob;
}): Promise<JobRecord[]> {
  return db().$transaction(async (tx) => {
    const scope = segmentId ? { segmentId } : { parentId: sourceImageId };
    const images = await tx.image.findMany({ where: { userId, ...scope, variationType: { not: null } }, select: { variationType: true } });
    const open = await tx.job.findMany({ where: { userId, kind: "variation", status: { in: OPEN }, ...(segmentId ? { segmentId } : {}) }, select: { input: true } });
    const taken = [
      ...images.flatMap((i) => (i.variationType ? [i.variationType] : [])),
      ...open.flatMap((j) => {
        const type = variationTypeOf(j.input, segmentId ? undefined : sourceImageId);
        return type ? [type] : [];
      }),
    ];
    const created: JobRecord[] = [];
    for (const type of pick([...new Set(taken)])) {
      created.push(toJobRecord(await tx.job.create({ data: jobData(build(type)), select: jobSelect })));
    }
    return created;
  });
}
