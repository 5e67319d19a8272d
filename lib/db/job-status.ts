import { AppError } from "@/lib/errors";
import { db } from "./client";
import { jobSelect, toJobRecord, type JobRecord } from "./jobs";

// Everything a watcher shows, without the job's input (an edit's input holds its whole mask).
const { input: _input, ...statusSelect } = jobSelect;

/** A job for live updates, read every second while someone watches: its input is left out (empty). */
export async function getJobStatusOrThrow({ id, userId }: { id: string; userId: string }): Promise<JobRecord> {
  const row = await db().job.findFirst({ where: { id, userId }, select: statusSelect });
  if (!row) throw new AppError("not_found:job", "This job does not exist.");
  return toJobRecord({ ...row, input: "" });
}
