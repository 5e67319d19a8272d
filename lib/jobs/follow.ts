import "server-only";
import { isFinishedStatus } from "@/lib/shared/jobs";
import type { BatchView, JobView } from "@/lib/shared/views";
import { onJobsChanged } from "./events";
import { readChanges, readFollowed, type FollowItem, type FollowTarget } from "./follow-read";

/** Servers writing jobs may disagree on the time by this much: changes are read again over it. */
const CLOCK_SKEW_MS = 5_000;
/** Ticks between checks that the followed jobs and batches still exist. */
const EXISTENCE_EVERY = 10;

export type FollowEvent = { type: "job"; job: JobView } | { type: "batch"; batch: BatchView } | { type: "missing"; jobs: string[]; batches: string[] };

export interface FollowRequest {
  userId: string;
  target: FollowTarget;
  /** Resume: the version of the last event received (SSE `Last-Event-ID`); only later changes are sent. */
  since?: number;
  signal: AbortSignal;
  pollMs?: number;
  /** Stop after this long even if work goes on (the client reconnects and resumes). */
  maxMs?: number;
}

/** Why following ended: everything followed finished, the time was up, or the client went away. */
export type FollowOutcome = "finished" | "expired" | "aborted";

/** Called with the events of one moment and their version: the time of the newest change they include. */
export type FollowSink = (events: FollowEvent[], version: number) => void;

function isDone(item: FollowItem): boolean {
  return item.type === "job" ? isFinishedStatus(item.view.status) : item.view.status !== "running";
}

/**
 * Follows many jobs and batches over one connection. The first read takes the followed items as
 * they are (when resuming, only those changed since); later reads take only the user's changes
 * since the last one, small fields only, every `pollMs` or at once when this process changed a
 * job. Each item is sent when it differs from what was last sent. Ends when every followed item
 * has finished or vanished (never, when following all the user's work), after `maxMs`, or when
 * `signal` aborts.
 */
export async function followJobs({ userId, target, since, signal, pollMs = 1000, maxMs = Infinity }: FollowRequest, send: FollowSink): Promise<FollowOutcome> {
  const deadline = Date.now() + maxMs;
  const all = target.jobIds.length === 0 && target.batchIds.length === 0;
  const open = { jobIds: new Set(target.jobIds), batchIds: new Set(target.batchIds) };
  const sent = new Map<string, { fingerprint: string; version: number }>();
  let cursor = since ?? Date.now();
  let wake: (() => void) | undefined;
  const unsubscribe = onJobsChanged(userId, () => wake?.());
  signal.addEventListener("abort", () => wake?.(), { once: true });
  try {
    for (let tick = 0; !signal.aborted; tick++) {
      const current = { jobIds: [...open.jobIds], batchIds: [...open.batchIds] };
      const events: FollowEvent[] = [];
      let items: FollowItem[];
      if (!all && (tick === 0 || tick % EXISTENCE_EVERY === 0)) {
        const followed = await readFollowed(userId, current);
        items = tick === 0 && since === undefined ? followed.items : followed.items.filter((item) => item.version > cursor - CLOCK_SKEW_MS);
        for (const item of followed.items) if (isDone(item)) (item.type === "job" ? open.jobIds : open.batchIds).delete(item.view.id);
        if (followed.missing.jobs.length + followed.missing.batches.length > 0) {
          events.push({ type: "missing", ...followed.missing });
          for (const id of followed.missing.jobs) open.jobIds.delete(id);
          for (const id of followed.missing.batches) open.batchIds.delete(id);
        }
      } else {
        items = await readChanges(userId, current, new Date(cursor - CLOCK_SKEW_MS));
      }
      let version = cursor;
      for (const item of items) {
        version = Math.max(version, item.version);
        const key = `${item.type}:${item.view.id}`;
        const fingerprint = JSON.stringify(item.view);
        if (sent.get(key)?.fingerprint === fingerprint) continue;
        sent.set(key, { fingerprint, version: item.version });
        events.push(item.type === "job" ? { type: "job", job: item.view } : { type: "batch", batch: item.view });
        if (!all && isDone(item)) (item.type === "job" ? open.jobIds : open.batchIds).delete(item.view.id);
      }
      cursor = version;
      if (all) for (const [key, entry] of sent) if (entry.version < cursor - 2 * CLOCK_SKEW_MS) sent.delete(key);
      if (events.length > 0 && !signal.aborted) send(events, cursor);
      if (!all && open.jobIds.size === 0 && open.batchIds.size === 0) return "finished";
      if (Date.now() >= deadline) return "expired";
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(pollMs, Math.max(0, deadline - Date.now())));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return "aborted";
  } finally {
    unsubscribe();
  }
}
