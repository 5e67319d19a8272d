// POST /api/books/:id/generate — plan the book's pages from a theme and queue one job per page in one batch (202; ?wait= for the pages)
import { generateBookPages } from "@/lib/books/generate/generate";
import { generateBookSchema } from "@/lib/books/generate/schema";
import { readJson, withUser } from "../../../_lib/handler";
import { answerStarted, readWaitQuery } from "../../../_lib/started";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const query = readWaitQuery(request);
  const input = await readJson(request, generateBookSchema);
  const started = await generateBookPages({ id: params.id, userId, request: input });
  return answerStarted({ request, userId, query, jobIds: started.jobIds, body: { ...started }, status: 202, headers: { location: `/api/batches/${started.batchId}` } });
});
