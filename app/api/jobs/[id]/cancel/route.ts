// POST /api/jobs/:id/cancel — cancel a queued or running job
import { cancelJobForUser } from "@/lib/jobs";
import { json, withUser } from "../../../_lib/handler";

export const POST = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(await cancelJobForUser({ id: params.id, userId }));
});
