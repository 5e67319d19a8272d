import { isFinished, waitForJobs, waitQuerySchema, type WaitQuery } from "@/lib/jobs";
import { getImageViewsForUser } from "@/lib/library/inline";
import type { JobView } from "@/lib/shared/views";
import { json, readQuery } from "./handler";

/** `?wait=` and `?include=`, read before any job is started so bad values start nothing. */
export function readWaitQuery(request: Request): WaitQuery {
  return readQuery(request, waitQuerySchema);
}

interface StartedAnswer {
  request: Request;
  userId: string;
  query: WaitQuery;
  jobIds: readonly string[];
  /** The route's usual answer; `job` (when present) is refreshed with the latest state. */
  body: Record<string, unknown>;
  /** The route's usual status while work remains (202), or 200 for a cache hit. */
  status: number;
  headers?: HeadersInit;
  /** The answer once waited, when it is not `body` with the jobs' latest state (a batch reads itself again). */
  refresh?: (jobs: JobView[]) => Promise<Record<string, unknown>>;
}

/**
 * Answers a creating route: at once as usual, or, with `?wait=N`, when every job has finished
 * (200, with `jobs` and the images they made) or at the deadline (the usual status, to follow).
 */
export async function answerStarted({ request, userId, query, jobIds, body, status, headers, refresh }: StartedAnswer): Promise<Response> {
  if (query.wait === 0 && status !== 200) return json(body, status, headers);
  const jobs = await waitForJobs({ userId, ids: jobIds, seconds: query.wait, signal: request.signal });
  const refreshed = refresh ? await refresh(jobs) : withJobs(body, jobs);
  if (!jobs.every(isFinished)) return json(refreshed, status, headers);
  const imageIds = jobs.flatMap((job) => (job.status === "succeeded" ? job.imageIds : []));
  const images = await getImageViewsForUser({ ids: imageIds, userId, includeB64: query.include === "b64" });
  return json({ ...refreshed, images }, 200, headers);
}

function withJobs(body: Record<string, unknown>, jobs: JobView[]): Record<string, unknown> {
  return "job" in body && jobs.length === 1 ? { ...body, job: jobs[0] } : { ...body, jobs };
}
