// POST /api/books/:id/pages — append library pages to a book
import { addBookPages } from "@/lib/books/add-pages";
import { addPagesSchema } from "@/lib/shared/books/schema";
import { json, readJson, withUser } from "../../../_lib/handler";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const input = await readJson(request, addPagesSchema);
  return json(await addBookPages({ id: params.id, userId, input }), 201);
});
