// POST /api/batches/:id/cancel — cancel the batch's queued and running jobs (images already made are kept)
import { cancelBatch } from "@/lib/scripts/batch-actions";
import { json, withUser } from "../../../_lib/handler";

export const POST = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(await cancelBatch({ id: params.id, userId }));
});
