import "server-only";
import { AppError } from "@/lib/errors";
import { db, type DbClient } from "./client";
import { jobSelect, jobStateSelect, toJobRecord, type JobRecord, type JobState } from "./jobs";

// Reads of batches. Their writes go through the job lifecycle in lib/jobs.

/** Jobs started together: a script's "illustrate" (and its retries). */
export interface BatchRecord {
  id: string;
  userId: string;
  scriptId: string | null;
  bookId: string | null;
  status: "running" | "finished" | "canceled";
  estimatedCostMicroUsd: number;
  createdAt: Date;
  finishedAt: Date | null;
}

export const batchSelect = { id: true, userId: true, scriptId: true, bookId: true, status: true, estimatedCostMicroUsd: true, createdAt: true, finishedAt: true } as const;

export function toBatchRecord(row: Omit<BatchRecord, "status"> & { status: string }): BatchRecord {
  return { ...row, status: row.status as BatchRecord["status"] };
}

export async function getBatchOrThrow({ id, userId }: { id: string; userId: string }): Promise<BatchRecord> {
  const row = await db().batch.findFirst({ where: { id, userId }, select: batchSelect });
  if (!row) throw new AppError("not_found:batch", "This batch does not exist.");
  return toBatchRecord(row);
}

/** The user's batches among these ids (others' and missing ones are absent). */
export async function listBatches({ userId, ids }: { userId: string; ids: readonly string[] }, client: DbClient = db()): Promise<BatchRecord[]> {
  if (ids.length === 0) return [];
  const rows = await client.batch.findMany({ where: { userId, id: { in: [...ids] } }, select: batchSelect });
  return rows.map(toBatchRecord);
}

export async function findLatestBatch({ scriptId, userId }: { scriptId: string; userId: string }): Promise<BatchRecord | null> {
  const row = await db().batch.findFirst({ where: { scriptId, userId }, orderBy: { createdAt: "desc" }, select: batchSelect });
  return row ? toBatchRecord(row) : null;
}

/** Every job of the batch with its input, oldest first (a retried segment has several). */
export async function listBatchJobs({ batchId }: { batchId: string }): Promise<JobRecord[]> {
  const rows = await db().job.findMany({ where: { batchId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: jobSelect });
  return rows.map((row) => toJobRecord<JobRecord>(row));
}

/** Every job of these batches without their inputs, oldest first: what a batch's progress is made of. */
export async function listBatchJobStates({ batchIds }: { batchIds: readonly string[] }, client: DbClient = db()): Promise<JobState[]> {
  if (batchIds.length === 0) return [];
  const rows = await client.job.findMany({ where: { batchId: { in: [...batchIds] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: jobStateSelect });
  return rows.map((row) => toJobRecord<JobState>(row));
}

/** The newest batches making pages of this book that have not been canceled, newest first. */
export async function listBookBatches({ bookId, userId, take }: { bookId: string; userId: string; take: number }): Promise<BatchRecord[]> {
  const rows = await db().batch.findMany({ where: { bookId, userId, status: { not: "canceled" } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: batchSelect });
  return rows.map(toBatchRecord);
}

/** The user's batches making pages of this book that have not been canceled, newest first. */
export async function listBookBatchIds({ bookId, userId }: { bookId: string; userId: string }): Promise<string[]> {
  const rows = await db().batch.findMany({ where: { bookId, userId, status: { not: "canceled" } }, orderBy: { createdAt: "desc" }, select: { id: true } });
  return rows.map((row) => row.id);
}
