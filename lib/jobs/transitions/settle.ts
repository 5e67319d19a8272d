import "server-only";
import { monthKey } from "@/lib/billing/budget-rules";
import { settleSpend } from "@/lib/billing/reservation";
import type { DbClient } from "@/lib/db/client";

/** What a job's settlement needs to know of it. */
export interface SettledJob {
  userId: string;
  createdAt: Date;
  estimatedCostMicroUsd: number;
}

/**
 * Replaces what a job counts in its month's spend counters by what the provider billed for it,
 * in the transaction of the transition that ends it. An open job counts its estimate (reserved
 * when it was queued); a job that already ended counts its recorded cost (pass it as `counted`).
 */
export async function settleJobSpend(client: DbClient, job: SettledJob, billedMicroUsd: number, counted = job.estimatedCostMicroUsd): Promise<void> {
  await settleSpend(client, {
    reservation: { userId: job.userId, month: monthKey(job.createdAt), amountMicroUsd: counted },
    billedMicroUsd,
  });
}
