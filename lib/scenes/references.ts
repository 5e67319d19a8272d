import "server-only";
import sharp from "sharp";
import { listUserImagesByIds } from "@/lib/db/scripts";
import { log } from "@/lib/log";
import { blobStore } from "@/lib/storage";

/** References are only a guide for the model: a long side of 1536 px keeps uploads small. */
const REFERENCE_MAX_SIDE = 1536;

/**
 * The user's reference images as PNG, in the order given. An image deleted since it was chosen
 * is left out (with a log line) rather than failing the whole scene.
 */
export async function loadReferenceImages({ userId, ids }: { userId: string; ids: readonly string[] }): Promise<Array<{ id: string; png: Buffer }>> {
  if (ids.length === 0) return [];
  const rows = await listUserImagesByIds({ userId, ids });
  const byId = new Map(rows.map((row) => [row.id, row.storageKey]));
  const out: Array<{ id: string; png: Buffer }> = [];
  for (const id of ids) {
    const key = byId.get(id);
    const bytes = key ? await blobStore().get(key) : null;
    if (!bytes) {
      log.warn("reference image missing, left out", { imageId: id });
      continue;
    }
    const png = await sharp(bytes).resize(REFERENCE_MAX_SIDE, REFERENCE_MAX_SIDE, { fit: "inside", withoutEnlargement: true }).png().toBuffer();
    out.push({ id, png });
  }
  return out;
}
