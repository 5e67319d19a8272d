// GET /api/jobs/:id — a job's status, progress, images and error
import { getJobOrThrow } from "@/lib/db/jobs";
import { toJobView } from "@/lib/library/views";
import { json, withUser } from "../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(toJobView(await getJobOrThrow({ id: params.id, userId })), 200, { "cache-control": "no-store" });
});
