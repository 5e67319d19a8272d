// POST /api/scenes — one scene from a description, without a script (202 { jobId, job }; ?wait= for the image)
import { sceneRequestSchema, startScene } from "@/lib/scenes/start-scene";
import { readJson, withUser } from "../_lib/handler";
import { answerStarted, readWaitQuery } from "../_lib/started";

export const POST = withUser(async ({ request, userId }) => {
  const query = readWaitQuery(request);
  const body = await readJson(request, sceneRequestSchema);
  const { job, estimatedCostUsd } = await startScene({ userId, request: body });
  const answer = { jobId: job.id, job, estimatedCostUsd };
  return answerStarted({ request, userId, query, jobIds: [job.id], body: answer, status: 202, headers: { location: `/api/jobs/${job.id}` } });
});
