// GET /api/images/:id — an image's metadata · DELETE /api/images/:id — delete the record and its file
import { deleteImage } from "@/lib/library/files";
import { getImageForUser } from "@/lib/library/read";
import { json, withUser } from "../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(await getImageForUser({ id: params.id, userId }));
});

export const DELETE = withUser<{ id: string }>(async ({ userId, params }) => {
  await deleteImage({ id: params.id, userId });
  return new Response(null, { status: 204 });
});
