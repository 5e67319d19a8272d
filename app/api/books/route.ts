// GET /api/books — the user's books · POST /api/books — create one
import { createBook } from "@/lib/books/create";
import { createBookSchema } from "@/lib/shared/books/schema";
import { listBookViews } from "@/lib/books/view";
import { json, readJson, withUser } from "../_lib/handler";
import { requestLocale } from "./_lib/locale";

export const GET = withUser(async ({ userId }) => {
  return json(await listBookViews({ userId }), 200, { "cache-control": "no-store" });
});

export const POST = withUser(async ({ request, userId }) => {
  const input = await readJson(request, createBookSchema);
  const book = await createBook({ userId, input, locale: requestLocale(request) });
  return json(book, 201, { location: `/api/books/${book.id}` });
});
