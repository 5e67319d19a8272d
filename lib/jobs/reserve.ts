import "server-only";
import type { DbClient } from "@/lib/db/client";
import { assertQueueRoom } from "@/lib/limits/queue-room";

/**
 * The one place where new work is checked, inside the transaction that inserts the jobs: the
 * user's open-jobs cap, then the estimate against what the user and the installation may still
 * spend (the jobs' estimate counts as pending from the moment they exist). Free work always
 * passes the budgets; cache hits are neither counted nor reserved.
 */
export async function reserveEstimate(client: DbClient, { userId, jobs, microUsd }: { userId: string; jobs: number; microUsd: number }): Promise<void> {
  await assertQueueRoom({ userId, jobs, addMicroUsd: microUsd, client });
}
