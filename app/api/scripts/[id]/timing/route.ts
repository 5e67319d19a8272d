// POST /api/scripts/:id/timing — preview (default) or apply the timings of an edited SRT, WebVTT, OTIO, FCPXML or Premiere XML file
import { AppError } from "@/lib/errors";
import { MAX_TIMING_UPLOAD_BYTES, timingFormSchema } from "@/lib/scripts/timing/schema";
import { applyTiming, previewTiming } from "@/lib/scripts/timing/timing";
import { json, withUser } from "../../../_lib/handler";
import { isMultipart, readForm } from "../../_lib/form";

const CHOOSE = "Choose the edited timeline or subtitle file (.srt, .vtt, .otio, .fcpxml or Premiere .xml).";

export const POST = withUser<{ id: string }>(async ({ request, userId, params }) => {
  if (!isMultipart(request)) throw new AppError("unsupported:content_type", `Send the file as multipart/form-data. ${CHOOSE}`);
  const { fields, files } = await readForm(request, MAX_TIMING_UPLOAD_BYTES);
  const { apply, expect } = timingFormSchema.parse(fields);
  const upload = files.get("file");
  if (!upload) throw new AppError("invalid:input", CHOOSE, { fields: { file: CHOOSE } });
  const file = { name: upload.name, text: new TextDecoder("utf-8").decode(upload.bytes) };
  if (apply) return json(await applyTiming({ id: params.id, userId, file, expect }));
  return json(await previewTiming({ id: params.id, userId, file }), 200, { "cache-control": "no-store" });
});
