// POST /api/scripts/:id/illustrate — one batch of scene jobs (202 { batchId, jobIds, estimatedCostUsd })
import { illustrateScript } from "@/lib/scripts/illustrate";
import { illustrateSchema } from "@/lib/scripts/schema";
import { readJson, withUser } from "../../../_lib/handler";
import { answerStarted, readWaitQuery } from "../../../_lib/started";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const query = readWaitQuery(request);
  const body = await readJson(request, illustrateSchema);
  const result = await illustrateScript({ userId, scriptId: params.id, request: body });
  return answerStarted({ request, userId, query, jobIds: result.jobIds, body: { ...result }, status: 202, headers: { location: `/api/batches/${result.batchId}` } });
});
