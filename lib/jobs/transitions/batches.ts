import "server-only";
import { db, type DbClient } from "@/lib/db/client";

/**
 * What a batch belongs to. A new owner (a book) is one more member here, with its column in the
 * schema; the lifecycle itself never asks.
 */
export type BatchOwner = { scriptId: string } | { bookId: string };

export async function createBatch(client: DbClient, { userId, owner, estimatedCostMicroUsd }: { userId: string; owner: BatchOwner; estimatedCostMicroUsd: number }): Promise<string> {
  const batch = await client.batch.create({ data: { userId, ...owner, status: "running", estimatedCostMicroUsd }, select: { id: true } });
  return batch.id;
}

/** New jobs in an existing batch (a retry): it runs again and its estimate grows by theirs. */
export async function reopenBatch(client: DbClient, { id, userId, addedMicroUsd }: { id: string; userId: string; addedMicroUsd: number }): Promise<void> {
  await client.batch.updateMany({ where: { id, userId }, data: { status: "running", finishedAt: null, estimatedCostMicroUsd: { increment: addedMicroUsd } } });
}

export async function markBatchCanceled(client: DbClient, { id, userId }: { id: string; userId: string }): Promise<void> {
  await client.batch.updateMany({ where: { id, userId }, data: { status: "canceled", finishedAt: new Date() } });
}

/** Records that a running batch has no open job left (its status is computed on read anyway). */
export async function markBatchFinished({ id }: { id: string }): Promise<void> {
  await db().batch.updateMany({ where: { id, status: "running" }, data: { status: "finished", finishedAt: new Date() } });
}
