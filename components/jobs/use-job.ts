"use client";

import { useEffect, useState } from "react";
import type { JobView } from "@/lib/shared/views";
import { ApiError, fetchJson } from "./api";
import { isJobFinished } from "./job-stage";

const POLL_MS = 1000;

export interface UseJobResult {
  job: JobView | null;
  /** Replace the job (after a cancel answer, for instance). */
  setJob: (job: JobView) => void;
  /** Set when the job can no longer be followed (it vanished, or the session ended). */
  lostError: ApiError | null;
}

/**
 * Follows a job until it finishes: server-sent events first; if the stream fails before the end
 * (a proxy that buffers, a restart), a poll of `GET /api/jobs/:id` every second takes over.
 */
export function useJob(jobId: string, initialJob?: JobView | null): UseJobResult {
  const [job, setJob] = useState<JobView | null>(initialJob ?? null);
  const [lostError, setLostError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (isJobFinished(initialJob)) return;
    let stopped = false;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();

    function stop() {
      stopped = true;
      source?.close();
      clearTimeout(timer);
      controller.abort();
    }

    function accept(next: JobView) {
      if (stopped || next.id !== jobId) return;
      setJob(next);
      if (isJobFinished(next)) stop();
    }

    function poll() {
      fetchJson<JobView>(`/api/jobs/${encodeURIComponent(jobId)}`, { signal: controller.signal, cache: "no-store" })
        .then(accept)
        .catch((error: unknown) => {
          // A 4xx other than "too many requests" will not get better by asking again.
          if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) {
            setLostError(error);
            stop();
          }
        })
        .finally(() => {
          if (!stopped) timer = setTimeout(poll, POLL_MS);
        });
    }

    if (typeof EventSource === "undefined") {
      poll();
    } else {
      source = new EventSource(`/api/jobs/${encodeURIComponent(jobId)}/events`);
      source.addEventListener("job", (event) => {
        try {
          accept(JSON.parse((event as MessageEvent<string>).data) as JobView);
        } catch {
          // A malformed event: the next one (or the poll) brings the state.
        }
      });
      source.onerror = () => {
        if (stopped) return;
        source?.close();
        source = null;
        poll();
      };
    }
    return stop;
    // `initialJob` only seeds the state; following restarts only for another job.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId]);

  return { job, setJob, lostError };
}
