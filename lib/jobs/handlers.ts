import { runColoringJob } from "@/lib/coloring/run-page";
import type { JobHandler } from "./types";

/** Every kind of job and the function that runs it. A new kind of job is one line here. */
export const JOB_HANDLERS: Record<string, JobHandler> = {
  coloring: runColoringJob,
};
