import type { JobRecord } from "@/lib/db/jobs";
import type { JobView } from "@/lib/shared/views";
import { toJobView } from "./job-view";

/** What starting one job answers: the job, and whether the cache already had its image. */
export interface StartedJob {
  job: JobView;
  /** True when an identical earlier image was found: the job is already finished, at no cost. */
  cached: boolean;
}

export function startedJob(job: JobRecord): StartedJob {
  return { job: toJobView(job), cached: job.cacheHit };
}
