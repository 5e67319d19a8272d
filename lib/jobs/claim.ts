import "server-only";
import { db } from "@/lib/db/client";
import { getJob, type JobRecord } from "@/lib/db/jobs";
import { claimJob } from "./transitions";

export interface ClaimOptions {
  workerId: string;
  /** Running jobs one user may have at once, across every worker. */
  perUser: number;
  /** Engines whose jobs wait (after a rate limit) until a given time. */
  pausedEngines?: string[];
}

/**
 * The one way a worker takes work: which job runs next is decided here (today the oldest
 * runnable job of a user below the per-user limit), and the claim itself is a conditional update,
 * so two workers racing for one job cannot both get it and no job ever runs twice at once.
 */
export async function claimNextJob({ workerId, perUser, pausedEngines = [] }: ClaimOptions): Promise<JobRecord | null> {
  const client = db();
  const busy = await client.job.groupBy({ by: ["userId"], where: { status: "running" }, _count: { _all: true } });
  const saturated = busy.filter((b) => b._count._all >= perUser).map((b) => b.userId);
  const now = new Date();
  const candidates = await client.job.findMany({
    where: {
      status: "queued",
      userId: { notIn: saturated },
      engine: { notIn: pausedEngines },
      OR: [{ runAfter: null }, { runAfter: { lte: now } }],
    },
    orderBy: { createdAt: "asc" },
    take: 10,
    select: { id: true },
  });
  for (const { id } of candidates) {
    if (await claimJob({ id, workerId, now })) return getJob(id);
  }
  return null;
}
