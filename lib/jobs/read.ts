import "server-only";
import { getJobStateOrThrow } from "@/lib/db/jobs";
import { AppError } from "@/lib/errors";
import type { JobView } from "@/lib/shared/views";
import { blobStore } from "@/lib/storage";
import { cancelJobs } from "./cancel";
import { toJobView } from "./job-view";

/** The user's job as the API shows it; a foreign and a missing job are both a 404. */
export async function getJobForUser({ id, userId }: { id: string; userId: string }): Promise<JobView> {
  return toJobView(await getJobStateOrThrow({ id, userId }));
}

/** The latest partial preview of the user's running job (PNG). */
export async function readJobPreview({ id, userId }: { id: string; userId: string }): Promise<Buffer> {
  const job = await getJobStateOrThrow({ id, userId });
  const bytes = job.previewKey ? await blobStore().get(job.previewKey) : null;
  if (!bytes) throw new AppError("not_found:preview", "There is no preview for this job right now.");
  return bytes;
}

/** Cancels the user's job if it has not finished; a finished job is answered unchanged. */
export async function cancelJobForUser({ id, userId }: { id: string; userId: string }): Promise<JobView> {
  await getJobStateOrThrow({ id, userId });
  await cancelJobs({ userId, scope: { ids: [id] } });
  return getJobForUser({ id, userId });
}
