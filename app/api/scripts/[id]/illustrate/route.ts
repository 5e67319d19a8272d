// POST /api/scripts/:id/illustrate — one batch of scene jobs (202 { batchId, jobIds, estimatedCostUsd })
import { illustrateScript } from "@/lib/scripts/illustrate";
import { illustrateSchema } from "@/lib/scripts/schema";
import { json, readJson, withUser } from "../../../_lib/handler";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const body = await readJson(request, illustrateSchema);
  const result = await illustrateScript({ userId, scriptId: params.id, request: body });
  return json(result, 202, { location: `/api/batches/${result.batchId}` });
});
