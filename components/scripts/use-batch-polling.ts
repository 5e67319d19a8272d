"use client";

import { useEffect, useRef } from "react";
import { callApi } from "./api";
import type { BatchView } from "./types";

const POLL_MS = 1000;

/**
 * While the batch runs, asks `GET /api/batches/:id` every second; `onBatch` gets each answer and
 * `onSettled` runs whenever a job has ended since the last answer (new images to show) and at the end.
 */
export function useBatchPolling(batch: BatchView | null, onBatch: (batch: BatchView) => void, onSettled: () => void): void {
  const callbacks = useRef({ onBatch, onSettled });
  const batchId = batch?.id;
  const running = batch?.status === "running";

  useEffect(() => {
    callbacks.current = { onBatch, onSettled };
  }, [onBatch, onSettled]);

  useEffect(() => {
    if (!batchId || !running) return;
    let stopped = false;
    let busy = false;
    let ended: number | null = null;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      callApi<BatchView>(`/api/batches/${encodeURIComponent(batchId)}`)
        .then((next) => {
          if (stopped) return;
          callbacks.current.onBatch(next);
          const now = next.counts.done + next.counts.failed + next.counts.canceled;
          if (now !== ended || next.status !== "running") callbacks.current.onSettled();
          ended = now;
        })
        .catch(() => {
          // A missed answer: the next tick asks again.
        })
        .finally(() => {
          busy = false;
        });
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [batchId, running]);
}
