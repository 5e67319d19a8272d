import "server-only";
import { z } from "zod";
import { getJobStateOrThrow } from "@/lib/db/jobs";
import type { JobView } from "@/lib/shared/views";
import { onJobsChanged } from "./events";
import { toJobView } from "./job-view";

/** The longest a creating request may hold its answer for `?wait=`. */
export const MAX_WAIT_SECONDS = 120;

// Other processes' changes (separate workers) are only seen by reading the database again.
const POLL_MS = 500;

/** `?wait=<seconds>` and `?include=b64` of the routes that start jobs. */
export const waitQuerySchema = z.object({
  wait: z.coerce
    .number({ error: `Wait 0 to ${MAX_WAIT_SECONDS} seconds.` })
    .int(`Wait a whole number of seconds, 0 to ${MAX_WAIT_SECONDS}.`)
    .min(0, `Wait 0 to ${MAX_WAIT_SECONDS} seconds.`)
    .max(MAX_WAIT_SECONDS, `Wait at most ${MAX_WAIT_SECONDS} seconds.`)
    .default(0),
  include: z.literal("b64", { error: 'The only thing to include is "b64" (the images inline).' }).optional(),
});
export type WaitQuery = z.output<typeof waitQuerySchema>;

export function isFinished(job: Pick<JobView, "status">): boolean {
  return job.status === "succeeded" || job.status === "failed" || job.status === "canceled";
}

async function readViews(userId: string, ids: readonly string[]): Promise<JobView[]> {
  return Promise.all(ids.map(async (id) => toJobView(await getJobStateOrThrow({ id, userId }))));
}

/**
 * The user's jobs once all have finished, or as they are when `seconds` have passed (or the
 * request was abandoned). Wakes at once when this process changes one of the user's jobs.
 */
export async function waitForJobs({ userId, ids, seconds, signal }: { userId: string; ids: readonly string[]; seconds: number; signal?: AbortSignal }): Promise<JobView[]> {
  const deadline = Date.now() + seconds * 1000;
  let views = await readViews(userId, ids);
  while (!views.every(isFinished) && Date.now() < deadline && !signal?.aborted) {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        stop();
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
      const stop = onJobsChanged(userId, done);
      signal?.addEventListener("abort", done);
    });
    views = await readViews(userId, ids);
  }
  return views;
}
