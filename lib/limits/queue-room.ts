import { assertWithinBudget } from "@/lib/billing/budget";
import { assertOpenJobsRoom } from "./open-jobs";

/**
 * Checks, before anything is queued, that `jobs` more jobs fit under the user's open-jobs cap and
 * that their estimate fits the monthly budgets. Nothing is queued when either refuses.
 */
export async function assertQueueRoom({ userId, jobs, addMicroUsd }: { userId: string; jobs: number; addMicroUsd: number }): Promise<void> {
  await assertOpenJobsRoom({ userId, adding: jobs });
  await assertWithinBudget({ userId, addMicroUsd });
}
