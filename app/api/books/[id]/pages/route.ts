// POST /api/books/:id/pages — append library pages to a book, or make pages of a script's scenes (202; ?wait= for the pages)
import { z } from "zod";
import { addBookPages } from "@/lib/books/add-pages";
import { parseBookPagesBody } from "@/lib/books/pages-body";
import { addScriptPages } from "@/lib/books/script/add-script-pages";
import { json, readJson, withUser } from "../../../_lib/handler";
import { answerStarted, readWaitQuery } from "../../../_lib/started";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const query = readWaitQuery(request);
  const body = parseBookPagesBody(await readJson(request, z.unknown()));
  if (body.from === "library") return json(await addBookPages({ id: params.id, userId, input: body.request }), 201);
  const started = await addScriptPages({ id: params.id, userId, request: body.request });
  return answerStarted({ request, userId, query, jobIds: started.jobIds, body: { ...started }, status: 202, headers: { location: `/api/batches/${started.batchId}` } });
});
