// POST /api/books/:id/pages/:pageId/regenerate — draw a page again; the new image replaces it in place (202; ?wait= for the image)
import { regenerateBookPage } from "@/lib/books/generate/regenerate";
import { regeneratePageSchema } from "@/lib/books/generate/schema";
import { readJson, withUser } from "../../../../../_lib/handler";
import { answerStarted, readWaitQuery } from "../../../../../_lib/started";

export const POST = withUser<{ id: string; pageId: string }>(async ({ request, userId, params }) => {
  const query = readWaitQuery(request);
  const input = await readJson(request, regeneratePageSchema);
  const started = await regenerateBookPage({ id: params.id, pageId: params.pageId, userId, request: input });
  return answerStarted({ request, userId, query, jobIds: started.jobIds, body: { ...started }, status: 202, headers: { location: `/api/batches/${started.batchId}` } });
});
