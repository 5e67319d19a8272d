// POST /api/books/:id/cover — draw the front cover's picture: with OpenAI a job (202), offline the composed cover (200)
import { drawBookCover } from "@/lib/books/cover/openai/draw-cover";
import { drawCoverSchema } from "@/lib/books/cover/openai/schema";
import { json, readJson, withUser } from "../../../_lib/handler";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const input = await readJson(request, drawCoverSchema);
  const result = await drawBookCover({ id: params.id, userId, request: input });
  return "started" in result ? json(result.started, 202) : json(result.composed, 200);
});
