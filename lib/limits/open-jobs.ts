import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { describeWait } from "./rate-limited";

/** Open jobs usually finish within this long; a refused request is told to wait it out. */
export const OPEN_JOBS_RETRY_SECONDS = 30;

type Reader = Pick<Prisma.TransactionClient, "job">;

/** Queued or running jobs of the user (a batch counts for each of its jobs). */
export async function countOpenJobs(client: Reader, userId: string): Promise<number> {
  return client.job.count({ where: { userId, status: { in: ["queued", "running"] } } });
}

export function tooManyOpenJobs({ open, adding, cap }: { open: number; adding: number; cap: number }): AppError {
  const room = Math.max(0, cap - open);
  return new AppError(
    "rate_limited:open_jobs",
    `You have ${open} image${open === 1 ? "" : "s"} queued or being made; at most ${cap} may wait at once, and this asks for ${adding} more${room > 0 ? ` (room for ${room})` : ""}. Nothing was queued. Try again in ${describeWait(OPEN_JOBS_RETRY_SECONDS)}, when some have finished.`,
    { retryAfterSeconds: OPEN_JOBS_RETRY_SECONDS, openJobs: open, limit: cap, requested: adding },
  );
}

/**
 * Refuses (429, nothing queued) a request that would take the user past LIMIT_OPEN_JOBS queued or
 * running jobs. Given a transaction that already locked the user's spend counter row
 * (`reserveSpend`), the count sees every concurrent insert of the same user that got the lock first.
 */
export async function assertOpenJobsRoom({ userId, adding, client = db() }: { userId: string; adding: number; client?: Reader }): Promise<void> {
  if (adding <= 0) return;
  const cap = getEnv().LIMIT_OPEN_JOBS;
  const open = await countOpenJobs(client, userId);
  if (open + adding > cap) throw tooManyOpenJobs({ open, adding, cap });
}
