// GET /api/images/:id — an image's metadata · DELETE /api/images/:id — delete the record and its file
import { getImageOrThrow } from "@/lib/db/images";
import { deleteImage } from "@/lib/library/files";
import { toImageView } from "@/lib/library/views";
import { json, withUser } from "../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(toImageView(await getImageOrThrow({ id: params.id, userId })));
});

export const DELETE = withUser<{ id: string }>(async ({ userId, params }) => {
  await deleteImage({ id: params.id, userId });
  return new Response(null, { status: 204 });
});
