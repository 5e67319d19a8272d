// GET /api/jobs/:id/preview — the latest partial preview of a running job (PNG)
import { readJobPreview } from "@/lib/jobs";
import { withUser } from "../../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ userId, params }) => {
  const bytes = await readJobPreview({ id: params.id, userId });
  return new Response(new Uint8Array(bytes), { headers: { "content-type": "image/png", "cache-control": "no-store" } });
});
