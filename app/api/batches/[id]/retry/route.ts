// POST /api/batches/:id/retry — new jobs, in the same batch, for the failed and canceled segments or book pages only (202)
import { retryBatch } from "@/lib/batches/retry";
import { json, withUser } from "../../../_lib/handler";

export const POST = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(await retryBatch({ id: params.id, userId }), 202);
});
