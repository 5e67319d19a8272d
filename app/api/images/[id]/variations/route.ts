// POST /api/images/:id/variations — { count: 1–5 } variations of a scene, each of a type not used yet (202 { jobIds })
import { startVariations, variationRequestSchema } from "@/lib/scenes/start-variations";
import { readJson, withUser } from "../../../_lib/handler";
import { answerStarted, readWaitQuery } from "../../../_lib/started";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const query = readWaitQuery(request);
  const body = await readJson(request, variationRequestSchema);
  const started = await startVariations({ userId, imageId: params.id, request: body });
  return answerStarted({ request, userId, query, jobIds: started.jobIds, body: started, status: 202 });
});
