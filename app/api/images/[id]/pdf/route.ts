// GET /api/images/:id/pdf — the page as a PDF of its paper size (?download=1 to save it)
import { contentDisposition } from "@/lib/http/download";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { imageDownloadName } from "@/lib/shared/download-names";
import { imagePdf } from "@/lib/library/pdf";
import { withUser } from "../../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const { pdf, title, kind } = await imagePdf({ id: params.id, userId });
  const disposition = new URL(request.url).searchParams.get("download") ? "attachment" : "inline";
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(pdf.length),
      "content-disposition": contentDisposition(disposition, imageDownloadName({ kind, title }, "pdf", localeOfRequest(request.headers))),
      "cache-control": "private, no-store",
    },
  });
});
