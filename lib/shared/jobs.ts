/** A job's life: queued → running → succeeded | failed | canceled (running may go back to queued). */
export const JOB_STATUSES = ["queued", "running", "succeeded", "failed", "canceled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Statuses a job never leaves. */
export const FINISHED_JOB_STATUSES: readonly JobStatus[] = ["succeeded", "failed", "canceled"];
/** Statuses of a job that still has work to do. */
export const OPEN_JOB_STATUSES: readonly JobStatus[] = ["queued", "running"];

export function isFinishedStatus(status: string): boolean {
  return (FINISHED_JOB_STATUSES as readonly string[]).includes(status);
}
