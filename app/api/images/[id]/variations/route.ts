// POST /api/images/:id/variations — { count: 1–5 } variations of a scene, each of a type not used yet (202 { jobIds })
import { startVariations, variationRequestSchema } from "@/lib/scenes/start-variations";
import { json, readJson, withUser } from "../../../_lib/handler";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const body = await readJson(request, variationRequestSchema);
  return json(await startVariations({ userId, imageId: params.id, request: body }), 202);
});
