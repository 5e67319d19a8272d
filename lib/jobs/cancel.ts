import "server-only";
import { db } from "@/lib/db/client";
import { emitJobsChanged } from "./events";
import { currentRunner } from "./process";
import { cancelOpenJobs, markBatchCanceled, type CancelScope } from "./transitions";

/** Stops the jobs this process runs (another worker sees the change at its next heartbeat) and tells the live views. */
function stopAndAnnounce(userId: string, ids: readonly string[]): void {
  for (const id of ids) currentRunner()?.abort(id);
  if (ids.length > 0) emitJobsChanged(userId);
}

/**
 * Cancels the user's open jobs: some by id, or all of them. Finished jobs are left as they are;
 * returns the ids that were canceled.
 */
export async function cancelJobs({ userId, scope }: { userId: string; scope: Exclude<CancelScope, { batchId: string }> }): Promise<string[]> {
  const ids = await cancelOpenJobs({ userId, scope });
  stopAndAnnounce(userId, ids);
  return ids;
}

/** Cancels a batch's open jobs and marks it canceled, in one transaction; images already made are kept. */
export async function cancelBatchJobs({ userId, batchId }: { userId: string; batchId: string }): Promise<string[]> {
  const ids = await db().$transaction(async (tx) => {
    const canceled = await cancelOpenJobs({ userId, scope: { batchId } }, tx);
    await markBatchCanceled(tx, { id: batchId, userId });
    return canceled;
  });
  stopAndAnnounce(userId, ids);
  return ids;
}
