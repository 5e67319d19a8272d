// GET /api/books/:id — a book with its pages · PATCH — change its settings, cover or pages (reorder, replace, remove) · DELETE — delete it
import { deleteBook } from "@/lib/books/delete";
import { patchBookSchema } from "@/lib/shared/books/schema";
import { updateBook } from "@/lib/books/update";
import { getBookView } from "@/lib/books/view";
import { json, readJson, withUser } from "../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(await getBookView({ id: params.id, userId }), 200, { "cache-control": "no-store" });
});

export const PATCH = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const patch = await readJson(request, patchBookSchema);
  return json(await updateBook({ id: params.id, userId, patch }));
});

export const DELETE = withUser<{ id: string }>(async ({ userId, params }) => {
  await deleteBook({ id: params.id, userId });
  return new Response(null, { status: 204 });
});
