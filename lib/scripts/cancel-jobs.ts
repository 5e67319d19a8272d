import { cancelJob } from "@/lib/db/jobs";
import { emitJobChanged } from "@/lib/jobs/events";
import { currentRunner } from "@/lib/jobs";

/**
 * Marks the user's open jobs canceled and stops those this process is running (a separate
 * worker sees the change at its next heartbeat). Finished jobs are left as they are.
 */
export async function cancelJobs({ userId, ids }: { userId: string; ids: readonly string[] }): Promise<void> {
  for (const id of ids) {
    if (await cancelJob({ id, userId })) {
      currentRunner()?.abort(id);
      emitJobChanged(id);
    }
  }
}

/** After a bulk cancel already written to the database: stop and announce the jobs. */
export function abortJobs(ids: readonly string[]): void {
  for (const id of ids) {
    currentRunner()?.abort(id);
    emitJobChanged(id);
  }
}
