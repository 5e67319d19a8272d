import { db } from "@/lib/db/client";
import { jobSelect, toJobRecord, type JobRecord } from "@/lib/db/jobs";

export interface ClaimOptions {
  workerId: string;
  perUser: number;
  /** Engines whose jobs wait (after a rate limit) until a given time. */
  pausedEngines?: string[];
}

/**
 * Takes the oldest runnable job for this worker. The conditional update makes the claim atomic:
 * two workers racing for one job cannot both get it, so no job ever runs twice at once.
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
    const claimed = await client.job.updateMany({
      where: { id, status: "queued" },
      data: { status: "running", lockedBy: workerId, heartbeatAt: now, startedAt: now, attempts: { increment: 1 }, stage: "starting", errorCode: null, errorMessage: null },
    });
    if (claimed.count === 1) {
      const row = await client.job.findUnique({ where: { id }, select: jobSelect });
      if (row) return toJobRecord(row);
    }
  }
  return null;
}
