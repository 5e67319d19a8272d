// GET /api/images — the user's images, newest first (?cursor=&limit=&kind=) · POST /api/images — upload a picture into the library
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { listImagesQuerySchema, listUserImages } from "@/lib/library/list";
import { uploadFieldsSchema, uploadImage } from "@/lib/library/upload";
import { json, readQuery, withUser } from "../_lib/handler";
import { isMultipart, readForm } from "../scripts/_lib/form";

// Room for the form fields around the picture itself.
const FORM_OVERHEAD = 64 * 1024;

export const GET = withUser(async ({ request, userId }) => {
  const query = readQuery(request, listImagesQuerySchema);
  return json(await listUserImages({ userId, query }), 200, { "cache-control": "no-store" });
});

export const POST = withUser(
  async ({ request, userId }) => {
    if (!isMultipart(request)) throw new AppError("unsupported:content_type", "Send the picture as multipart/form-data with an 'image' file field.");
    const maxBytes = getEnv().PHOTO_MAX_BYTES;
    const { fields, files } = await readForm(request, maxBytes + FORM_OVERHEAD).catch((error: unknown) => {
      throw error instanceof AppError && error.code === "too_large:body" ? new AppError("too_large:image", `The picture is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`) : error;
    });
    const file = files.get("image");
    if (!file) throw new AppError("invalid:image_missing", "Choose a picture to upload.", { fields: { image: "Choose a picture to upload." } });
    const image = await uploadImage({ userId, bytes: file.bytes, fileName: file.name, fields: uploadFieldsSchema.parse(fields) });
    return json(image, 201, { location: `/api/images/${image.id}` });
  },
  { maxBodyBytes: () => getEnv().PHOTO_MAX_BYTES + FORM_OVERHEAD },
);
