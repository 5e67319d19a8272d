// GET /api/photos/:id/file — the uploaded photo (cleaned: no metadata), for its owner only
import { getPhotoOrThrow } from "@/lib/db/photos";
import { AppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/http/download";
import { blobStore } from "@/lib/storage";
import { withUser } from "../../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ userId, params }) => {
  const photo = await getPhotoOrThrow({ id: params.id, userId });
  const bytes = await blobStore().get(photo.storageKey);
  if (!bytes) throw new AppError("not_found:photo_file", "This photo's file is missing.");
  return new Response(new Uint8Array(bytes), {
    headers: { "content-type": "image/jpeg", "content-disposition": contentDisposition("inline", "photo.jpg"), "cache-control": "private, max-age=3600" },
  });
});
