import { AppError } from "@/lib/errors";
import { db } from "./client";

export const JOB_STATUSES = ["queued", "running", "succeeded", "failed", "canceled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const FINISHED: readonly JobStatus[] = ["succeeded", "failed", "canceled"];

export interface JobRecord {
  id: string;
  userId: string;
  kind: string;
  status: JobStatus;
  progress: number;
  stage: string | null;
  input: string;
  engine: string;
  model: string;
  bypassCache: boolean;
  estimatedCostMicroUsd: number;
  costMicroUsd: number;
  errorCode: string | null;
  errorMessage: string | null;
  attempts: number;
  previewKey: string | null;
  lockedBy: string | null;
  batchId: string | null;
  segmentId: string | null;
  cacheHit: boolean;
  imageIds: string[];
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export const jobSelect = {
  id: true,
  userId: true,
  kind: true,
  status: true,
  progress: true,
  stage: true,
  input: true,
  engine: true,
  model: true,
  bypassCache: true,
  estimatedCostMicroUsd: true,
  costMicroUsd: true,
  errorCode: true,
  errorMessage: true,
  attempts: true,
  previewKey: true,
  lockedBy: true,
  batchId: true,
  segmentId: true,
  cacheHit: true,
  imageIds: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

type JobRow = Omit<JobRecord, "status" | "imageIds"> & { status: string; imageIds: string };

export function toJobRecord(row: JobRow): JobRecord {
  return { ...row, status: row.status as JobStatus, imageIds: JSON.parse(row.imageIds) as string[] };
}

export interface NewJob {
  userId: string;
  kind: string;
  input: unknown;
  engine: string;
  model: string;
  bypassCache?: boolean;
  estimatedCostMicroUsd?: number;
  batchId?: string;
  segmentId?: string;
}

export async function createJob(job: NewJob): Promise<JobRecord> {
  const row = await db().job.create({
    data: { ...job, input: JSON.stringify(job.input), bypassCache: job.bypassCache ?? false },
    select: jobSelect,
  });
  return toJobRecord(row);
}

/** A finished job that found its image in the cache: no work, no cost. */
export async function createCachedJob(job: NewJob & { imageId: string }): Promise<JobRecord> {
  const now = new Date();
  const { imageId, ...rest } = job;
  const row = await db().job.create({
    data: {
      ...rest,
      input: JSON.stringify(job.input),
      status: "succeeded",
      progress: 100,
      cacheHit: true,
      imageIds: JSON.stringify([imageId]),
      estimatedCostMicroUsd: 0,
      startedAt: now,
      finishedAt: now,
    },
    select: jobSelect,
  });
  return toJobRecord(row);
}

export async function getJobOrThrow({ id, userId }: { id: string; userId: string }): Promise<JobRecord> {
  const row = await db().job.findFirst({ where: { id, userId }, select: jobSelect });
  if (!row) throw new AppError("not_found:job", "This job does not exist.");
  return toJobRecord(row);
}

export async function getJob(id: string): Promise<JobRecord | null> {
  const row = await db().job.findUnique({ where: { id }, select: jobSelect });
  return row ? toJobRecord(row) : null;
}

/** Progress is written only by the worker holding the job, and only while it runs. */
export async function updateJobProgress({ id, workerId, progress, stage }: { id: string; workerId: string; progress: number; stage?: string }): Promise<boolean> {
  const result = await db().job.updateMany({
    where: { id, lockedBy: workerId, status: "running" },
    data: { progress: Math.max(0, Math.min(99, Math.round(progress))), stage, heartbeatAt: new Date() },
  });
  return result.count === 1;
}

export async function setJobPreview({ id, workerId, previewKey }: { id: string; workerId: string; previewKey: string }): Promise<void> {
  await db().job.updateMany({ where: { id, lockedBy: workerId, status: "running" }, data: { previewKey } });
}

export async function failJob({ id, workerId, code, message }: { id: string; workerId: string; code: string; message: string }): Promise<boolean> {
  const result = await db().job.updateMany({
    where: { id, lockedBy: workerId, status: "running" },
    data: { status: "failed", errorCode: code, errorMessage: message, costMicroUsd: 0, finishedAt: new Date(), lockedBy: null, previewKey: null },
  });
  return result.count === 1;
}

/** Puts a running job back in the queue (after a rate limit), not before `runAfter`. */
export async function requeueJob({ id, workerId, runAfter, stage }: { id: string; workerId: string; runAfter: Date; stage?: string }): Promise<boolean> {
  const result = await db().job.updateMany({
    where: { id, lockedBy: workerId, status: "running" },
    data: { status: "queued", lockedBy: null, runAfter, progress: 0, stage: stage ?? "waiting" },
  });
  return result.count === 1;
}

/** Cancels a queued or running job of the user; false when it had already finished. */
export async function cancelJob({ id, userId }: { id: string; userId: string }): Promise<boolean> {
  const result = await db().job.updateMany({
    where: { id, userId, status: { in: ["queued", "running"] } },
    data: { status: "canceled", finishedAt: new Date(), lockedBy: null, costMicroUsd: 0, previewKey: null },
  });
  return result.count === 1;
}

export async function listJobs({ userId, ids }: { userId: string; ids?: string[] }): Promise<JobRecord[]> {
  const rows = await db().job.findMany({
    where: { userId, ...(ids ? { id: { in: ids } } : {}) },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: jobSelect,
  });
  return rows.map(toJobRecord);
}
