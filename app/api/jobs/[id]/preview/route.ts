// GET /api/jobs/:id/preview — the latest partial preview of a running job (PNG)
import { getJobOrThrow } from "@/lib/db/jobs";
import { AppError } from "@/lib/errors";
import { blobStore } from "@/lib/storage";
import { withUser } from "../../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ userId, params }) => {
  const job = await getJobOrThrow({ id: params.id, userId });
  const bytes = job.previewKey ? await blobStore().get(job.previewKey) : null;
  if (!bytes) throw new AppError("not_found:preview", "There is no preview for this job right now.");
  return new Response(new Uint8Array(bytes), { headers: { "content-type": "image/png", "cache-control": "no-store" } });
});
