// DELETE /api/photos/:id — delete an uploaded photo and every page made from it
import { deletePhotoWithPages } from "@/lib/photos/delete-photo";
import { json, withUser } from "../../_lib/handler";

export const DELETE = withUser<{ id: string }>(async ({ userId, params }) => {
  return json(await deletePhotoWithPages({ id: params.id, userId }));
});
