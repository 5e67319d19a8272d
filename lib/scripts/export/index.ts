import "server-only";
import { exportJson, exportJsonWithImages } from "./json";
import { imageEntries, readRowImage } from "./images";
import { storyboardPdf } from "./pdf";
import type { Locale } from "@/lib/i18n/locales";
import { scriptBaseName, scriptDownloadName } from "@/lib/shared/download-names";
import { loadExportRows } from "./rows";
import type { ExportQuery } from "./schema";
import { writeSrt, writeVtt } from "./subtitles";
import { planScriptTimeline, timelineZip } from "./timeline";
import { zipStream } from "./zip";

export { exportQuerySchema, type ExportFormat, type ExportQuery } from "./schema";

export interface ScriptExport {
  body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
  contentType: string;
  filename: string;
}

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * A script as a download: a ZIP of the chosen images named by position and timestamp with
 * `script.json`; the JSON alone (the reference module's shape, images inline with
 * `include: "b64"`); a storyboard PDF; a timeline for an editor (FCPXML, Premiere XML or OTIO,
 * zipped with its images); or the segments as SRT or WebVTT subtitles.
 */
export async function exportScript({ id, userId, query, locale = "en" }: { id: string; userId: string; query: ExportQuery; locale?: Locale }): Promise<ScriptExport> {
  const { script, rows } = await loadExportRows({ id, userId, segmentIds: query.segments });
  const fileName = (title: string, extension: string, format?: string) => scriptDownloadName(title, extension, locale, format);
  const { format, fps, lastSeconds } = query;
  switch (format) {
    case "pdf":
      return { body: new Uint8Array(await storyboardPdf(script, rows)), contentType: "application/pdf", filename: fileName(script.title, "pdf") };
    case "json": {
      const filename = fileName(script.title, "json");
      const contentType = "application/json; charset=utf-8";
      if (query.include === "b64") return { body: exportJsonWithImages(rows, readRowImage), contentType, filename };
      return { body: encode(`${JSON.stringify(exportJson(rows), null, 2)}\n`), contentType, filename };
    }
    case "srt":
    case "vtt": {
      const segments = rows.map(({ segment }) => segment);
      const text = format === "srt" ? writeSrt(segments, lastSeconds) : writeVtt(segments, lastSeconds);
      return { body: encode(text), contentType: format === "srt" ? "application/x-subrip; charset=utf-8" : "text/vtt; charset=utf-8", filename: fileName(script.title, format) };
    }
    case "fcpxml":
    case "premiere":
    case "otio": {
      const plan = planScriptTimeline(script, rows, { fps, lastSeconds });
      return { body: timelineZip(format, plan, rows, scriptBaseName(script.title, locale)), contentType: "application/zip", filename: fileName(script.title, "zip", format) };
    }
    case "zip": {
      const json = encode(`${JSON.stringify(exportJson(rows), null, 2)}\n`);
      const entries = [...imageEntries(rows), { name: "script.json", read: async () => json, compress: true }];
      return { body: zipStream(entries), contentType: "application/zip", filename: fileName(script.title, "zip") };
    }
  }
}
