// GET /api/books/:id/cover-preview?width= — the front cover's picture as a small JPEG, for the editor
import { coverPreviewQuerySchema, renderCoverPreview } from "@/lib/books/cover/preview";
import { readQuery, withUser } from "../../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const { width } = readQuery(request, coverPreviewQuerySchema);
  const jpeg = await renderCoverPreview({ id: params.id, userId, width });
  return new Response(new Uint8Array(jpeg), { headers: { "content-type": "image/jpeg", "cache-control": "private, no-cache" } });
});
