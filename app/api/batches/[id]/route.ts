// GET /api/batches/:id — a batch's counts, progress, costs and each segment's job
import { getBatchView } from "@/lib/jobs";
import { json, withUser } from "../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(await getBatchView({ id: params.id, userId }), 200, { "cache-control": "no-store" });
});
