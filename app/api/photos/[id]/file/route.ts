// GET /api/photos/:id/file — the uploaded photo (cleaned: no metadata), for its owner only
import { contentDisposition } from "@/lib/http/download";
import { readPhotoFile } from "@/lib/photos/files";
import { withUser } from "../../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ userId, params }) => {
  const bytes = await readPhotoFile({ id: params.id, userId });
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": "image/jpeg", "content-disposition": contentDisposition("inline", "photo.jpg"), "cache-control": "private, max-age=3600" },
  });
});
