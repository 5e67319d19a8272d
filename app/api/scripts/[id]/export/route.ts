// GET /api/scripts/:id/export?format=zip|json|pdf|fcpxml|premiere|otio|srt|vtt — the images as a ZIP, the JSON, a storyboard PDF, an editor timeline or subtitles
import { contentDisposition } from "@/lib/http/download";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { exportScript } from "@/lib/scripts/export";
import { exportQuerySchema } from "@/lib/scripts/schema";
import { readQuery, withUser } from "../../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const query = readQuery(request, exportQuerySchema);
  const file = await exportScript({ id: params.id, userId, query, locale: localeOfRequest(request.headers) });
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": contentDisposition("attachment", file.filename),
      "cache-control": "no-store",
    },
  });
});
