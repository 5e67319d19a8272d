import { cancelJob, getJobOrThrow, type JobRecord } from "@/lib/db/jobs";
import { emitJobChanged } from "./events";
import { currentRunner } from "./index";

/** Cancels the user's job if it has not finished; a finished job is returned unchanged. */
export async function cancelUserJob({ id, userId }: { id: string; userId: string }): Promise<JobRecord> {
  await getJobOrThrow({ id, userId });
  if (await cancelJob({ id, userId })) {
    currentRunner()?.abort(id);
    emitJobChanged(id);
  }
  return getJobOrThrow({ id, userId });
}
