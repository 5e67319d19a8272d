import "server-only";
import { log } from "@/lib/log";
import { blobStore } from "@/lib/storage";
import type { ExportRow } from "./rows";
import type { ZipEntry } from "./zip";

/** The chosen image's PNG, or null (logged) when its record has lost its file. */
export async function readRowImage(row: ExportRow): Promise<Uint8Array | null> {
  if (!row.image) return null;
  const bytes = await blobStore().get(row.image.storageKey);
  if (!bytes) log.error("image record without its file, left out of the export", { imageId: row.image.id });
  return bytes;
}

/** One ZIP entry per chosen image, named as the segment's file (`003_0-30_historical-coffee.png`). */
export function imageEntries(rows: readonly ExportRow[]): ZipEntry[] {
  return rows.flatMap((row) => (row.image && row.file ? [{ name: row.file, read: () => readRowImage(row) }] : []));
}
