// POST /api/jobs/:id/cancel — cancel a queued or running job
import { cancelUserJob } from "@/lib/jobs/cancel";
import { toJobView } from "@/lib/library/views";
import { json, withUser } from "../../../_lib/handler";

export const POST = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(toJobView(await cancelUserJob({ id: params.id, userId })));
});
