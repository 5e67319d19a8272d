// GET /api/jobs/:id/events — server-sent events: the job at every change until it finishes
import { getJobForUser } from "@/lib/jobs";
import { withUser } from "../../../_lib/handler";
import { followStream } from "../../../_lib/sse";

export const dynamic = "force-dynamic";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  await getJobForUser({ id: params.id, userId });
  return followStream(request, { userId, target: { jobIds: [params.id], batchIds: [] } });
});
