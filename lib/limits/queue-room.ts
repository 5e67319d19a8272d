import "server-only";
import { assertWithinBudget } from "@/lib/billing/budget";
import type { DbClient } from "@/lib/db/client";
import { assertOpenJobsRoom } from "./open-jobs";

/**
 * Checks, before anything is queued, that `jobs` more jobs fit under the user's open-jobs cap and
 * that their estimate fits the monthly budgets. Nothing is queued when either refuses. Given the
 * transaction that inserts the jobs, it reads in it.
 */
export async function assertQueueRoom({ userId, jobs, addMicroUsd, client }: { userId: string; jobs: number; addMicroUsd: number; client?: DbClient }): Promise<void> {
  await assertOpenJobsRoom({ userId, adding: jobs, client });
  await assertWithinBudget({ userId, addMicroUsd }, client);
}
