// GET /api/follow/events?jobs=a,b&batches=c — server-sent events: each followed job and batch at every change
import { followQuerySchema } from "@/lib/jobs";
import { readQuery, withUser } from "../../_lib/handler";
import { followStream } from "../../_lib/sse";

export const dynamic = "force-dynamic";

export const GET = withUser(async ({ request, userId }) => {
  const query = readQuery(request, followQuerySchema);
  return followStream(request, { userId, target: { jobIds: query.jobs, batchIds: query.batches }, since: query.since });
});
