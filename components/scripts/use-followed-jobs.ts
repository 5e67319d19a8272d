"use client";

import { useEffect, useRef, useState } from "react";
import { isJobFinished } from "@/components/jobs/job-stage";
import type { JobView } from "@/lib/shared/views";
import { callApi, ScriptApiError } from "./api";

const POLL_MS = 1000;

/** A job the studio follows outside a batch: a variation, an edit, or a segment's job found running. */
export interface FollowEntry {
  jobId: string;
  segmentId: string;
  kind: string;
}

/** A job that can no longer be read (deleted with its segment, or the session ended). */
export const LOST = "lost" as const;
export type FollowedState = JobView | typeof LOST;

/**
 * Polls `GET /api/jobs/:id` every second for each unfinished job (polling, not one event stream
 * per job, so a handful of jobs never uses up the browser's connections), and calls `onFinished`
 * when any of them ends.
 */
export function useFollowedJobs(entries: readonly FollowEntry[], onFinished: () => void): Readonly<Record<string, FollowedState>> {
  const [states, setStates] = useState<Record<string, FollowedState>>({});
  const finishedRef = useRef(onFinished);

  useEffect(() => {
    finishedRef.current = onFinished;
  }, [onFinished]);

  const pending = entries
    .map((entry) => entry.jobId)
    .filter((id) => {
      const state = states[id];
      return state !== LOST && !isJobFinished(state);
    });
  const key = [...new Set(pending)].sort().join(",");

  useEffect(() => {
    if (!key) return;
    const ids = key.split(",");
    let busy = false;
    let stopped = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      Promise.all(
        ids.map((id) =>
          callApi<JobView>(`/api/jobs/${encodeURIComponent(id)}`).then(
            (job): [string, FollowedState] => [id, job],
            (error: unknown): [string, FollowedState] | null =>
              error instanceof ScriptApiError && (error.status === 404 || error.status === 401) ? [id, LOST] : null,
          ),
        ),
      )
        .then((results) => {
          if (stopped) return;
          const found = results.filter((item): item is [string, FollowedState] => item !== null);
          if (found.length === 0) return;
          setStates((previous) => ({ ...previous, ...Object.fromEntries(found) }));
          if (found.some(([, state]) => state === LOST || isJobFinished(state))) finishedRef.current();
        })
        .finally(() => {
          busy = false;
        });
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [key]);

  return states;
}
