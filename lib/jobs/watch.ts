import { FINISHED, type JobRecord } from "@/lib/db/jobs";
import { getJobStatusOrThrow } from "@/lib/db/job-status";
import { onJobChanged } from "./events";

/**
 * Calls `send` with the job now and at every change until it finishes or `signal` aborts. Changes
 * made in this process arrive at once; a poll catches those made by a separate worker.
 */
export async function watchJob(
  { id, userId, signal, pollMs = 1000 }: { id: string; userId: string; signal: AbortSignal; pollMs?: number },
  send: (job: JobRecord) => void,
): Promise<void> {
  let last = "";
  let wake: (() => void) | undefined;
  const unsubscribe = onJobChanged(id, () => wake?.());
  try {
    while (!signal.aborted) {
      const job = await getJobStatusOrThrow({ id, userId });
      const fingerprint = `${job.status}:${job.progress}:${job.stage}:${job.previewKey}:${job.imageIds.join(",")}`;
      if (fingerprint !== last) {
        last = fingerprint;
        send(job);
      }
      if (FINISHED.includes(job.status)) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
        signal.addEventListener("abort", () => wake?.(), { once: true });
      });
    }
  } finally {
    unsubscribe();
  }
}
