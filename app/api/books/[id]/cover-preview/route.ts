// GET /api/books/:id/cover-preview?width= — the front cover's picture as a small JPEG, for the editor
import { z } from "zod";
import { MAX_PREVIEW_WIDTH, renderCoverPreview } from "@/lib/books/cover/preview";
import { readQuery, withUser } from "../../../_lib/handler";

const querySchema = z.object({ width: z.coerce.number().int().min(100).max(MAX_PREVIEW_WIDTH).default(480), v: z.string().max(100).optional() }).strict();

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const { width } = readQuery(request, querySchema);
  const jpeg = await renderCoverPreview({ id: params.id, userId, width });
  return new Response(new Uint8Array(jpeg), { headers: { "content-type": "image/jpeg", "cache-control": "private, no-cache" } });
});
