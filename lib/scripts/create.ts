import "server-only";
import { createScriptWithSegments, listSegments } from "@/lib/db/scripts";
import { detectScriptFormat, parseScript, type ParsedSegment } from "./parse";
import type { CreateScriptForm, CreateScriptJson } from "./schema";

/** Where a new script's segments come from: pasted text, a list of segments, or an uploaded subtitle file. */
export type ScriptSource =
  | { kind: "text"; text: string; mergeSeconds?: number }
  | { kind: "segments"; segments: unknown[] }
  | { kind: "file"; filename: string; text: string; mergeSeconds?: number };

/** The segments of a script source; a bad script throws `invalid:script` with its `line`. */
export function parseScriptSource(source: ScriptSource): ParsedSegment[] {
  if (source.kind === "segments") return parseScript({ kind: "json", segments: source.segments });
  const format = detectScriptFormat(source.text, source.kind === "file" ? source.filename : undefined);
  if (format === "srt" || format === "vtt") return parseScript({ kind: format, text: source.text, mergeSeconds: source.mergeSeconds });
  return parseScript({ kind: "text", text: source.text });
}

export interface CreatedScript {
  id: string;
  title: string;
  style: string;
  customStyle: string | null;
  aspect: string;
  segments: Array<{ id: string; position: number; timestamp: string; seconds: number; text: string; style: string | null }>;
}

type Settings = Pick<CreateScriptJson | CreateScriptForm, "title" | "style" | "customStyle" | "aspect">;

/** Parses the script and saves it with its segments. */
export async function createScript({ userId, settings, source }: { userId: string; settings: Settings; source: ScriptSource }): Promise<CreatedScript> {
  const parsed = parseScriptSource(source);
  const script = await createScriptWithSegments({
    userId,
    title: settings.title,
    style: settings.style,
    customStyle: settings.customStyle ?? null,
    aspect: settings.aspect,
    segments: parsed.map((s) => ({ timestamp: s.timestamp, seconds: s.seconds, text: s.text, style: null })),
  });
  const segments = await listSegments({ scriptId: script.id });
  return {
    id: script.id,
    title: script.title,
    style: script.style,
    customStyle: script.customStyle,
    aspect: script.aspect,
    segments: segments.map(({ id, position, timestamp, seconds, text, style }) => ({ id, position, timestamp, seconds, text, style })),
  };
}

/** The source of a JSON request body. */
export function jsonSource(body: CreateScriptJson): ScriptSource {
  return body.segments !== undefined ? { kind: "segments", segments: body.segments } : { kind: "text", text: body.text ?? "", mergeSeconds: body.mergeSeconds };
}
