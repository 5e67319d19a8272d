// GET /api/images/:id/svg — the page's normalised vector (SVG), always as a download
import { contentDisposition } from "@/lib/http/download";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { imageDownloadName } from "@/lib/shared/download-names";
import { readImageSvg } from "@/lib/library/files";
import { withUser } from "../../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const { image, svg } = await readImageSvg({ id: params.id, userId });
  return new Response(new Uint8Array(svg), {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "content-length": String(svg.length),
      "content-disposition": contentDisposition("attachment", imageDownloadName(image, "svg", localeOfRequest(request.headers))),
      "x-content-type-options": "nosniff",
      // Sanitized already; should a browser still open it, nothing in it may run or load.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "cache-control": "private, no-store",
    },
  });
});
