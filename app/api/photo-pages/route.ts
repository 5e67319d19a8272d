// POST /api/photo-pages — turn a photo into a coloring page (multipart: photo, mode, options) → 202 { jobId }
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { startPhotoPage } from "@/lib/photos/start-photo-page";
import { photoPageOptionsSchema } from "@/lib/photos/schema";
import { json, withUser } from "../_lib/handler";

// Room for the form fields around the photo itself.
const FORM_OVERHEAD = 64 * 1024;

export const POST = withUser(async ({ request, userId }) => {
  const maxBytes = getEnv().PHOTO_MAX_BYTES;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes + FORM_OVERHEAD) {
    throw new AppError("too_large:photo", `The photo is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  }
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw new AppError("unsupported:content_type", "Send the photo as multipart/form-data with a 'photo' file field.");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("invalid:form", "The form could not be read.");
  }
  const file = form.get("photo");
  if (!(file instanceof File)) {
    throw new AppError("invalid:photo_missing", "Choose a photo to upload.", { fields: { photo: "Choose a photo to upload." } });
  }
  if (file.size > maxBytes) throw new AppError("too_large:photo", `The photo is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  const fields = Object.fromEntries([...form.entries()].filter(([name]) => name !== "photo").map(([name, value]) => [name, String(value)]));
  const options = photoPageOptionsSchema.parse(fields);
  const { job, cached, photoId } = await startPhotoPage({ userId, photo: Buffer.from(await file.arrayBuffer()), options, fileName: file.name });
  return json({ jobId: job.id, photoId, cached, job }, cached ? 200 : 202, { location: `/api/jobs/${job.id}` });
});
