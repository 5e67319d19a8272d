// GET /api/images — the user's images, newest first (?cursor=&limit=&kind=)
import { listImagesQuerySchema, listUserImages } from "@/lib/library/list";
import { json, readQuery, withUser } from "../_lib/handler";

export const GET = withUser(async ({ request, userId }) => {
  const query = readQuery(request, listImagesQuerySchema);
  return json(await listUserImages({ userId, query }), 200, { "cache-control": "no-store" });
});
