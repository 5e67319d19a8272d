// GET /api/images/:id — an image's metadata (?include=b64 inlines the file) · DELETE /api/images/:id — delete the record and its file
import { deleteImage } from "@/lib/library/files";
import { getImageViewForUser, includeQuerySchema } from "@/lib/library/inline";
import { json, readQuery, withUser } from "../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const { include } = readQuery(request, includeQuerySchema);
  return json(await getImageViewForUser({ id: params.id, userId, includeB64: include === "b64" }));
});

export const DELETE = withUser<{ id: string }>(async ({ userId, params }) => {
  await deleteImage({ id: params.id, userId });
  return new Response(null, { status: 204 });
});
