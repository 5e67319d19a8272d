// GET /api/follow?jobs=a,b&batches=c — the followed jobs and batches now (the polling fallback of live views)
import { followQuerySchema, getFollowSnapshot } from "@/lib/jobs";
import { json, readQuery, withUser } from "../_lib/handler";

export const GET = withUser(async ({ request, userId }) => {
  const query = readQuery(request, followQuerySchema);
  const snapshot = await getFollowSnapshot({ userId, target: { jobIds: query.jobs, batchIds: query.batches } });
  return json(snapshot, 200, { "cache-control": "no-store" });
});
