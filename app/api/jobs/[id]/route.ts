// GET /api/jobs/:id — a job's status, progress, images and error (?include=b64: its finished images inline)
import { getJobForUser } from "@/lib/jobs";
import { getImageViewsForUser, includeQuerySchema } from "@/lib/library/inline";
import { json, readQuery, withUser } from "../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const { include } = readQuery(request, includeQuerySchema);
  const job = await getJobForUser({ id: params.id, userId });
  if (include !== "b64") return json(job, 200, { "cache-control": "no-store" });
  const images = await getImageViewsForUser({ ids: job.status === "succeeded" ? job.imageIds : [], userId, includeB64: true });
  return json({ ...job, images }, 200, { "cache-control": "no-store" });
});
