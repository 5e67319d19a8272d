// GET /api/images/:id/file — the PNG (?download=1 to save it under a meaningful name)
import { contentDisposition } from "@/lib/http/download";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { imageDownloadName } from "@/lib/shared/download-names";
import { readImageFile } from "@/lib/library/files";
import { withUser } from "../../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const { image, bytes } = await readImageFile({ id: params.id, userId });
  const disposition = new URL(request.url).searchParams.get("download") ? "attachment" : "inline";
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": image.mime,
      "content-length": String(bytes.length),
      "content-disposition": contentDisposition(disposition, imageDownloadName(image, "png", localeOfRequest(request.headers))),
      "cache-control": "private, max-age=31536000, immutable",
      etag: `"${image.sha256}"`,
    },
  });
});
