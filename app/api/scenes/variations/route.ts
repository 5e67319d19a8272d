// POST /api/scenes/variations — typed variations of a description or of a library scene (202 { jobIds }; ?wait= for the images)
import { sceneVariationsRequestSchema, startSceneVariations } from "@/lib/scenes/start-scene-variations";
import { readJson, withUser } from "../../_lib/handler";
import { answerStarted, readWaitQuery } from "../../_lib/started";

export const POST = withUser(async ({ request, userId }) => {
  const query = readWaitQuery(request);
  const body = await readJson(request, sceneVariationsRequestSchema);
  const started = await startSceneVariations({ userId, request: body });
  return answerStarted({ request, userId, query, jobIds: started.jobIds, body: started, status: 202 });
});
