import "server-only";
import { deleteScriptRecord, getScriptOrThrow, listOpenSegmentJobIds } from "@/lib/db/scripts";
import { cancelJobs } from "@/lib/jobs";

/** Deletes a script with its segments, batches and jobs (open ones are stopped first); its images stay in the library. */
export async function deleteScript({ id, userId }: { id: string; userId: string }): Promise<void> {
  await getScriptOrThrow({ id, userId });
  await cancelJobs({ userId, scope: { ids: await listOpenSegmentJobIds({ userId, scriptId: id }) } });
  await deleteScriptRecord({ id, userId });
}
