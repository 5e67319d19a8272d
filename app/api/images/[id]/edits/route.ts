// POST /api/images/:id/edits — multipart `prompt` + optional `mask` PNG (transparent = change here) → 202 { jobId }
import { editFieldsSchema, MAX_EDIT_UPLOAD_BYTES, startEdit } from "@/lib/scenes/start-edit";
import { JSON_BODY_LIMIT } from "@/lib/http/body";
import { readJson, withUser } from "../../../_lib/handler";
import { answerStarted, readWaitQuery } from "../../../_lib/started";
import { isMultipart, readForm } from "../../../scripts/_lib/form";

export const POST = withUser<{ id: string }>(
  async ({ request, userId, params }) => {
    const query = readWaitQuery(request);
    if (!isMultipart(request)) {
      const fields = await readJson(request, editFieldsSchema, { maxBytes: JSON_BODY_LIMIT });
      const result = await startEdit({ userId, imageId: params.id, fields });
      return answerStarted({ request, userId, query, jobIds: [result.jobId], body: { ...result }, status: 202, headers: { location: `/api/jobs/${result.jobId}` } });
    }
    const form = await readForm(request, MAX_EDIT_UPLOAD_BYTES);
    const fields = editFieldsSchema.parse(form.fields);
    const result = await startEdit({ userId, imageId: params.id, fields, mask: form.files.get("mask")?.bytes });
    return answerStarted({ request, userId, query, jobIds: [result.jobId], body: { ...result }, status: 202, headers: { location: `/api/jobs/${result.jobId}` } });
  },
  { maxBodyBytes: MAX_EDIT_UPLOAD_BYTES },
);
