import "server-only";
import { AppError } from "@/lib/errors";
import { OPEN_JOB_STATUSES, type JobStatus } from "@/lib/shared/jobs";
import { db, type DbClient } from "./client";

// Reads of jobs. Every write (status above all) goes through the job lifecycle in lib/jobs.


/** What a job is at a moment, without its input (which may be large: an edit's mask). */
export interface JobState {
  id: string;
  userId: string;
  kind: string;
  status: JobStatus;
  progress: number;
  stage: string | null;
  engine: string;
  model: string;
  /** The model this job was switched from after OpenAI answered `model_not_found` (null when none). */
  modelSwitchedFrom: string | null;
  bypassCache: boolean;
  estimatedCostMicroUsd: number;
  costMicroUsd: number;
  /** What the provider billed so far, over every attempt, recorded right after each billed call. */
  billedMicroUsd: number;
  errorCode: string | null;
  errorMessage: string | null;
  attempts: number;
  previewKey: string | null;
  lockedBy: string | null;
  batchId: string | null;
  segmentId: string | null;
  /** What the job is about in its batch besides a segment (a book page's slot); null when nothing else. */
  subject: string | null;
  cacheHit: boolean;
  imageIds: string[];
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** A job with its JSON input, for the runner and for retries. */
export interface JobRecord extends JobState {
  input: string;
}

export const jobStateSelect = {
  id: true,
  userId: true,
  kind: true,
  status: true,
  progress: true,
  stage: true,
  engine: true,
  model: true,
  modelSwitchedFrom: true,
  bypassCache: true,
  estimatedCostMicroUsd: true,
  costMicroUsd: true,
  billedMicroUsd: true,
  errorCode: true,
  errorMessage: true,
  attempts: true,
  previewKey: true,
  lockedBy: true,
  batchId: true,
  segmentId: true,
  subject: true,
  cacheHit: true,
  imageIds: true,
  createdAt: true,
  updatedAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

export const jobSelect = { ...jobStateSelect, input: true } as const;

type Row<T extends JobState> = Omit<T, "status" | "imageIds"> & { status: string; imageIds: string };

export function toJobRecord<T extends JobState>(row: Row<T>): T {
  return { ...row, status: row.status as JobStatus, imageIds: JSON.parse(row.imageIds) as string[] } as T;
}

/** A job to create: its kind, its validated input, and what it is expected to cost. */
export interface NewJob {
  userId: string;
  kind: string;
  input: unknown;
  engine: string;
  model: string;
  bypassCache?: boolean;
  estimatedCostMicroUsd?: number;
  segmentId?: string;
  /** Jobs of one subject in a batch stand for the same piece of work: a later one replaces an earlier one. */
  subject?: string;
}

/** The user's job, without its input; a foreign and a missing job look the same. */
export async function getJobStateOrThrow({ id, userId }: { id: string; userId: string }): Promise<JobState> {
  const row = await db().job.findFirst({ where: { id, userId }, select: jobStateSelect });
  if (!row) throw new AppError("not_found:job", "This job does not exist.");
  return toJobRecord<JobState>(row);
}

export async function getJob(id: string): Promise<JobRecord | null> {
  const row = await db().job.findUnique({ where: { id }, select: jobSelect });
  return row ? toJobRecord<JobRecord>(row) : null;
}

/** The user's jobs among these ids (others' and missing ones are absent). */
export async function listJobStates({ userId, ids }: { userId: string; ids: readonly string[] }, client: DbClient = db()): Promise<JobState[]> {
  if (ids.length === 0) return [];
  const rows = await client.job.findMany({ where: { userId, id: { in: [...ids] } }, select: jobStateSelect });
  return rows.map((row) => toJobRecord<JobState>(row));
}

/** Open jobs of one kind for these segments: a segment is never queued twice. */
export async function listBusySegments(client: DbClient, { userId, kind, segmentIds }: { userId: string; kind: string; segmentIds: readonly string[] }): Promise<Set<string>> {
  if (segmentIds.length === 0) return new Set();
  const rows = await client.job.findMany({
    where: { userId, kind, status: { in: [...OPEN_JOB_STATUSES] }, segmentId: { in: [...segmentIds] } },
    select: { segmentId: true },
  });
  return new Set(rows.flatMap((r) => (r.segmentId ? [r.segmentId] : [])));
}

/** The subjects among these that already have an open job in the batch. */
export async function listBusySubjects(client: DbClient, { batchId, subjects }: { batchId: string; subjects: readonly string[] }): Promise<Set<string>> {
  if (subjects.length === 0) return new Set();
  const rows = await client.job.findMany({ where: { batchId, status: { in: [...OPEN_JOB_STATUSES] }, subject: { in: [...subjects] } }, select: { subject: true } });
  return new Set(rows.flatMap((r) => (r.subject ? [r.subject] : [])));
}

/**
 * The user's jobs changed after `after`, oldest change first: all of them, or only those among
 * `jobIds` and in `batchIds`. Small fields only, so following hundreds of jobs stays cheap.
 */
export async function listJobChanges({ userId, after, jobIds, batchIds }: { userId: string; after: Date; jobIds?: readonly string[]; batchIds?: readonly string[] }): Promise<JobState[]> {
  const filters = [...(jobIds?.length ? [{ id: { in: [...jobIds] } }] : []), ...(batchIds?.length ? [{ batchId: { in: [...batchIds] } }] : [])];
  if ((jobIds || batchIds) && filters.length === 0) return [];
  const rows = await db().job.findMany({
    where: { userId, updatedAt: { gt: after }, ...(filters.length > 0 ? { OR: filters } : {}) },
    orderBy: { updatedAt: "asc" },
    take: 1000,
    select: jobStateSelect,
  });
  return rows.map((row) => toJobRecord<JobState>(row));
}
