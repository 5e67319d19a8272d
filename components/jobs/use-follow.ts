"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "@/components/api/api-error";
import { isFinishedStatus } from "@/lib/shared/jobs";
import type { BatchView, JobView } from "@/lib/shared/views";
import { FollowConnection } from "./follow-connection";

export interface FollowRequest {
  jobIds: readonly string[];
  batchIds: readonly string[];
  /** Views the page already has (from a start answer or a page load): shown at once, followed only if unfinished. */
  known?: { jobs?: readonly JobView[]; batches?: readonly BatchView[] };
  /** Called when a followed job ends, or a followed batch has one more job ended: new images to show. */
  onSettled?: () => void;
}

export interface FollowState {
  jobs: Readonly<Record<string, JobView>>;
  batches: Readonly<Record<string, BatchView>>;
  /** Ids that can no longer be followed: deleted, another user's, or the session ended. */
  lost: ReadonlySet<string>;
  /** Why following stopped, when the server refused it. */
  lostError: ApiError | null;
  /** A fresher view from another answer (a cancel, a retry): shown, and followed again if it runs. */
  putJob(job: JobView): void;
  putBatch(batch: BatchView): void;
}

function endedCount(batch: BatchView | undefined): number {
  return batch ? batch.counts.done + batch.counts.failed + batch.counts.canceled : 0;
}

/**
 * The one way pages follow work: any number of jobs and batches, live, over one connection (see
 * `FollowConnection`), reconnecting when a new unfinished one appears.
 */
export function useFollow({ jobIds, batchIds, known, onSettled }: FollowRequest): FollowState {
  const [jobs, setJobs] = useState<Record<string, JobView>>(() => Object.fromEntries((known?.jobs ?? []).map((j) => [j.id, j])));
  const [batches, setBatches] = useState<Record<string, BatchView>>(() => Object.fromEntries((known?.batches ?? []).map((b) => [b.id, b])));
  const [lost, setLost] = useState<ReadonlySet<string>>(() => new Set());
  const [lostError, setLostError] = useState<ApiError | null>(null);
  const settled = useRef(onSettled);
  const active = useRef<{ connection: FollowConnection; keys: Set<string> } | null>(null);

  useEffect(() => {
    settled.current = onSettled;
  }, [onSettled]);

  // The latest views, beside the state, so a change can be compared with what was there before.
  const latest = useRef({ jobs, batches });

  const putJob = useCallback((job: JobView) => {
    const before = latest.current.jobs[job.id];
    latest.current = { ...latest.current, jobs: { ...latest.current.jobs, [job.id]: job } };
    setJobs(latest.current.jobs);
    if (isFinishedStatus(job.status) && !isFinishedStatus(before?.status ?? "queued")) settled.current?.();
  }, []);

  const putBatch = useCallback((batch: BatchView) => {
    const before = latest.current.batches[batch.id];
    latest.current = { ...latest.current, batches: { ...latest.current.batches, [batch.id]: batch } };
    setBatches(latest.current.batches);
    if (before && (endedCount(batch) !== endedCount(before) || (before.status === "running" && batch.status !== "running"))) settled.current?.();
  }, []);

  // What still has to be followed: every id not known to be finished or lost.
  const seedJobs = new Map((known?.jobs ?? []).map((j) => [j.id, j]));
  const seedBatches = new Map((known?.batches ?? []).map((b) => [b.id, b]));
  const pending = [
    ...jobIds.filter((id) => !lost.has(id) && !isFinishedStatus((jobs[id] ?? seedJobs.get(id))?.status ?? "queued")).map((id) => `j:${id}`),
    ...batchIds.filter((id) => !lost.has(id) && ((batches[id] ?? seedBatches.get(id))?.status ?? "running") === "running").map((id) => `b:${id}`),
  ];
  const key = [...new Set(pending)].sort().join(" ");

  useEffect(() => {
    const keys = key ? key.split(" ") : [];
    const current = active.current;
    // A connection that still follows all of them goes on (it drops finished ones by itself).
    if (current && !current.connection.isStopped && keys.every((k) => current.keys.has(k))) return;
    current?.connection.stop();
    active.current = null;
    if (keys.length === 0) return;
    const ids = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(2));
    const connection = new FollowConnection(
      { jobIds: ids("j:"), batchIds: ids("b:") },
      {
        onJob: putJob,
        onBatch: putBatch,
        onMissing: ({ jobs: gone, batches: vanished }) => {
          setLost((previous) => new Set([...previous, ...gone, ...vanished]));
          settled.current?.();
        },
        onLost: (error) => {
          setLostError(error);
          setLost((previous) => new Set([...previous, ...keys.map((k) => k.slice(2))]));
        },
      },
    );
    active.current = { connection, keys: new Set(keys) };
    connection.start();
  }, [key, putJob, putBatch]);

  useEffect(() => () => active.current?.connection.stop(), []);

  return { jobs, batches, lost, lostError, putJob, putBatch };
}
