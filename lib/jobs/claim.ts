import "server-only";
import { db } from "@/lib/db/client";
import { getJob, type JobRecord } from "@/lib/db/jobs";
import { claimJob } from "./transitions";

/**
 * Jobs by what they wait on: `local` ones (the offline engine) keep this machine's cores busy,
 * `provider` ones (OpenAI) mostly wait on the network, so each gets its own slots.
 */
export type JobLane = "local" | "provider";

/** Engines whose work runs on this machine's cores. */
const LOCAL_ENGINES = ["offline"];

export interface ClaimOptions {
  workerId: string;
  /** Running jobs one user may have at once, across every worker (in the lane, when one is given). */
  perUser: number;
  /** Engines whose jobs wait (after a rate limit) until a given time. */
  pausedEngines?: string[];
  /** Only jobs of this lane; any job without one. */
  lane?: JobLane;
}

function laneEngines(lane: JobLane | undefined, paused: string[]): { in: string[] } | { notIn: string[] } {
  if (lane === "local") return { in: LOCAL_ENGINES.filter((engine) => !paused.includes(engine)) };
  if (lane === "provider") return { notIn: [...LOCAL_ENGINES, ...paused] };
  return { notIn: paused };
}

/** Users, and jobs of each, tried per claim: enough for races between workers, few enough to stay small queries. */
const USERS_PER_CLAIM = 10;

/**
 * The one way a worker takes work. Which job runs next is fair across users: round-robin, the
 * user whose last job started longest ago (or never) first, and that user's oldest runnable job;
 * so a 300-scene batch cannot starve another user's single page. The claim itself is a
 * conditional update, so two workers racing for one job cannot both get it and no job ever runs
 * twice at once.
 */
export async function claimNextJob({ workerId, perUser, pausedEngines = [], lane }: ClaimOptions): Promise<JobRecord | null> {
  const client = db();
  const busy = await client.job.groupBy({ by: ["userId"], where: { status: "running", engine: laneEngines(lane, []) }, _count: { _all: true } });
  const saturated = busy.filter((b) => b._count._all >= perUser).map((b) => b.userId);
  const now = new Date();
  const runnable = { status: "queued", userId: { notIn: saturated }, engine: laneEngines(lane, pausedEngines), OR: [{ runAfter: null }, { runAfter: { lte: now } }] };
  const waiting = await client.job.groupBy({ by: ["userId"], where: runnable, _min: { createdAt: true } });
  if (waiting.length === 0) return null;
  const started = await client.job.groupBy({ by: ["userId"], where: { userId: { in: waiting.map((w) => w.userId) }, startedAt: { not: null } }, _max: { startedAt: true } });
  const lastStart = new Map(started.map((s) => [s.userId, s._max.startedAt?.getTime() ?? 0]));
  const turn = waiting
    .map((w) => ({ userId: w.userId, lastStart: lastStart.get(w.userId) ?? 0, oldest: w._min.createdAt?.getTime() ?? 0 }))
    .sort((a, b) => a.lastStart - b.lastStart || a.oldest - b.oldest)
    .slice(0, USERS_PER_CLAIM);
  for (const { userId } of turn) {
    const candidates = await client.job.findMany({ where: { ...runnable, userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: USERS_PER_CLAIM, select: { id: true } });
    for (const { id } of candidates) {
      if (await claimJob({ id, workerId, now })) return getJob(id);
    }
  }
  return null;
}
