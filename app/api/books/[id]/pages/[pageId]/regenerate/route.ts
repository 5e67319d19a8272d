// POST /api/books/:id/pages/:pageId/regenerate — draw a page again; the new image replaces it in place (202)
import { regenerateBookPage } from "@/lib/books/generate/regenerate";
import { regeneratePageSchema } from "@/lib/books/generate/schema";
import { json, readJson, withUser } from "../../../../../_lib/handler";

export const POST = withUser<{ id: string; pageId: string }>(async ({ request, userId, params }) => {
  const input = await readJson(request, regeneratePageSchema);
  return json(await regenerateBookPage({ id: params.id, pageId: params.pageId, userId, request: input }), 202);
});
