// POST /api/batches/:id/retry — new jobs, in the same batch, for the failed and canceled segments or book pages only (202; ?wait= for the images)
import { retryBatch } from "@/lib/batches/retry";
import { getBatchView } from "@/lib/jobs";
import { withUser } from "../../../_lib/handler";
import { answerStarted, readWaitQuery } from "../../../_lib/started";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const query = readWaitQuery(request);
  const batch = await retryBatch({ id: params.id, userId });
  const jobIds = batch.jobs.map((job) => job.jobId);
  // The batch's own `jobs` (one per subject) keep their shape: a waited answer reads the batch again.
  const refresh = async () => ({ ...(await getBatchView({ id: batch.id, userId })) });
  return answerStarted({ request, userId, query, jobIds, body: { ...batch }, status: 202, headers: { location: `/api/batches/${batch.id}` }, refresh });
});
