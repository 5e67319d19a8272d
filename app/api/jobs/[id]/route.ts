// GET /api/jobs/:id — a job's status, progress, images and error
import { getJobForUser } from "@/lib/jobs";
import { json, withUser } from "../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(await getJobForUser({ id: params.id, userId }), 200, { "cache-control": "no-store" });
});
