// POST /api/photo-pages — turn a photo into a coloring page (multipart: photo, mode, options) → 202 { jobId }
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { startPhotoPage } from "@/lib/photos/start-photo-page";
import { photoPageOptionsSchema } from "@/lib/photos/schema";
import { withUser } from "../_lib/handler";
import { answerStarted, readWaitQuery } from "../_lib/started";
import { isMultipart, readForm } from "../scripts/_lib/form";

// Room for the form fields around the photo itself.
const FORM_OVERHEAD = 64 * 1024;

function tooLarge(maxBytes: number): AppError {
  return new AppError("too_large:photo", `The photo is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
}

export const POST = withUser(
  async ({ request, userId }) => {
    const maxBytes = getEnv().PHOTO_MAX_BYTES;
    const query = readWaitQuery(request);
    if (!isMultipart(request)) {
      throw new AppError("unsupported:content_type", "Send the photo as multipart/form-data with a 'photo' file field.");
    }
    const { fields, files } = await readForm(request, maxBytes + FORM_OVERHEAD).catch((error: unknown) => {
      throw error instanceof AppError && error.code === "too_large:body" ? tooLarge(maxBytes) : error;
    });
    const file = files.get("photo");
    if (!file) throw new AppError("invalid:photo_missing", "Choose a photo to upload.", { fields: { photo: "Choose a photo to upload." } });
    if (file.bytes.length > maxBytes) throw tooLarge(maxBytes);
    const options = photoPageOptionsSchema.parse(fields);
    const { job, cached, photoId } = await startPhotoPage({ userId, photo: file.bytes, options, locale: localeOfRequest(request.headers) });
    const answer = { jobId: job.id, photoId, cached, job };
    return answerStarted({ request, userId, query, jobIds: [job.id], body: answer, status: cached ? 200 : 202, headers: { location: `/api/jobs/${job.id}` } });
  },
  { maxBodyBytes: () => getEnv().PHOTO_MAX_BYTES + FORM_OVERHEAD },
);
