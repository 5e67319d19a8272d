// POST /api/books/:id/generate — plan the book's pages from a theme and queue one job per page in one batch (202)
import { generateBookPages } from "@/lib/books/generate/generate";
import { generateBookSchema } from "@/lib/books/generate/schema";
import { json, readJson, withUser } from "../../../_lib/handler";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const input = await readJson(request, generateBookSchema);
  return json(await generateBookPages({ id: params.id, userId, request: input }), 202);
});
