// POST /api/books/:id/pages — append library pages to a book, or make pages of a script's scenes
import { z } from "zod";
import { addBookPages } from "@/lib/books/add-pages";
import { parseBookPagesBody } from "@/lib/books/pages-body";
import { addScriptPages } from "@/lib/books/script/add-script-pages";
import { json, readJson, withUser } from "../../../_lib/handler";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const body = parseBookPagesBody(await readJson(request, z.unknown()));
  if (body.from === "script") return json(await addScriptPages({ id: params.id, userId, request: body.request }), 202);
  return json(await addBookPages({ id: params.id, userId, input: body.request }), 201);
});
