// GET /api/books/:id/export?part=interior|cover|zip — the interior PDF, the wraparound cover PDF, or a ZIP of the page PNGs
import { exportBook } from "@/lib/books/export";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { exportQuerySchema } from "@/lib/shared/books/schema";
import { readQuery, withUser } from "../../../_lib/handler";

export const GET = withUser<{ id: string }>(async ({ request, userId, params }) => {
  const { part } = readQuery(request, exportQuerySchema);
  const file = await exportBook({ id: params.id, userId, part, locale: localeOfRequest(request.headers) });
  const headers: Record<string, string> = {
    "content-type": file.contentType,
    "content-disposition": `attachment; filename="${file.filename}"`,
    "cache-control": "no-store",
  };
  // PDFs are built whole, so the browser can show the download's progress.
  if (file.body instanceof Uint8Array) headers["content-length"] = String(file.body.byteLength);
  return new Response(file.body as BodyInit, { headers });
});
