import { log } from "@/lib/log";
import { blobStore } from "@/lib/storage";
import { exportJson } from "./json";
import { storyboardPdf } from "./pdf";
import { exportDownloadName, loadExportRows } from "./rows";
import { zipStream, type ZipEntry } from "./zip";

export type ExportFormat = "zip" | "json" | "pdf";

export interface ScriptExport {
  body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
  contentType: string;
  filename: string;
}

/**
 * A script as a download: a ZIP of the chosen images named by position and timestamp with
 * `script.json`, the JSON alone (the reference module's shape), or a storyboard PDF.
 */
export async function exportScript({ id, userId, format }: { id: string; userId: string; format: ExportFormat }): Promise<ScriptExport> {
  const { script, rows } = await loadExportRows({ id, userId });
  if (format === "pdf") {
    return { body: new Uint8Array(await storyboardPdf(script, rows)), contentType: "application/pdf", filename: exportDownloadName(script.title, "pdf") };
  }
  const json = new TextEncoder().encode(`${JSON.stringify(exportJson(rows), null, 2)}\n`);
  if (format === "json") return { body: json, contentType: "application/json; charset=utf-8", filename: exportDownloadName(script.title, "json") };
  const entries: ZipEntry[] = rows.flatMap(({ image, file }) =>
    image && file
      ? [
          {
            name: file,
            read: async () => {
              const bytes = await blobStore().get(image.storageKey);
              if (!bytes) log.error("image record without its file, left out of the ZIP", { imageId: image.id });
              return bytes;
            },
          },
        ]
      : [],
  );
  entries.push({ name: "script.json", read: async () => json, compress: true });
  return { body: zipStream(entries), contentType: "application/zip", filename: exportDownloadName(script.title, "zip") };
}
