// GET /api/scripts/:id[?offset=&limit=&segments=&redraw=] — a script with its segments (or a window of them), images, jobs, batch, estimate and cost · PATCH — change it · DELETE — delete it
import { deleteScript } from "@/lib/scripts/delete";
import { segmentWindow } from "@/lib/scripts/page-query";
import { patchScriptSchema, scriptQuerySchema } from "@/lib/scripts/schema";
import { updateScript } from "@/lib/scripts/update";
import { getScriptView } from "@/lib/scripts/view";
import { json, readJson, readQuery, withUser } from "../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const { offset, limit, segments, redraw, ...estimate } = readQuery(request, scriptQuerySchema);
  const window = segmentWindow({ offset, limit });
  const selection = { segmentIds: segments, redraw };
  return json(await getScriptView({ id: params.id, userId, ...estimate, window, selection }), 200, { "cache-control": "no-store" });
});

/** Every segment's text (up to 300 × 5000 characters) may travel in one patch. */
const MAX_PATCH_BYTES = 4 * 1024 * 1024;

export const PATCH = withUser<{ id: string }>(
  async ({ request, userId, params }) => {
    const patch = await readJson(request, patchScriptSchema);
    await updateScript({ id: params.id, userId, patch });
    return json(await getScriptView({ id: params.id, userId }));
  },
  { maxBodyBytes: MAX_PATCH_BYTES },
);

export const DELETE = withUser<{ id: string }>(async ({ userId, params }) => {
  await deleteScript({ id: params.id, userId });
  return new Response(null, { status: 204 });
});
