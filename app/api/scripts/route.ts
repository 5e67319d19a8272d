// GET /api/scripts — the user's scripts · POST /api/scripts — create one from text, a segment list or an .srt/.vtt file
import { AppError } from "@/lib/errors";
import { createScript, jsonSource } from "@/lib/scripts/create";
import { createScriptFormSchema, createScriptJsonSchema } from "@/lib/scripts/schema";
import { listScriptViews } from "@/lib/scripts/view";
import { json, readJson, withUser } from "../_lib/handler";
import { isMultipart, readForm } from "./_lib/form";

/** A 2-hour SRT is ~150 kB; this only stops accidents. */
const MAX_SCRIPT_UPLOAD_BYTES = 4 * 1024 * 1024;
/** A pasted script may hold MAX_SCRIPT_CHARS characters, a few bytes each once in JSON. */
const MAX_SCRIPT_JSON_BYTES = 8 * 1024 * 1024;

export const GET = withUser(async ({ userId }) => {
  return json(await listScriptViews({ userId }), 200, { "cache-control": "no-store" });
});

export const POST = withUser(
  async ({ request, userId }) => {
    if (!isMultipart(request)) {
      const body = await readJson(request, createScriptJsonSchema);
      const script = await createScript({ userId, settings: body, source: jsonSource(body) });
      return json(script, 201, { location: `/api/scripts/${script.id}` });
    }
    const { fields, files } = await readForm(request, MAX_SCRIPT_UPLOAD_BYTES);
    const settings = createScriptFormSchema.parse(fields);
    const file = files.get("file");
    if (!file) throw new AppError("invalid:input", "Choose a subtitle file (.srt or .vtt).", { fields: { file: "Choose a subtitle file (.srt or .vtt)." } });
    const text = new TextDecoder("utf-8").decode(file.bytes);
    const script = await createScript({ userId, settings, source: { kind: "file", filename: file.name, text, mergeSeconds: settings.mergeSeconds } });
    return json(script, 201, { location: `/api/scripts/${script.id}` });
  },
  { maxBodyBytes: MAX_SCRIPT_JSON_BYTES },
);
