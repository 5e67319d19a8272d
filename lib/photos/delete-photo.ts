import "server-only";
import { db } from "@/lib/db/client";
import { imageBlobKeys } from "@/lib/db/images";
import { getPhotoOrThrow } from "@/lib/db/photos";
import { log } from "@/lib/log";
import { blobStore } from "@/lib/storage";

/** Deletes the user's photo and every page made from it: records first, then the files. */
export async function deletePhotoWithPages({ id, userId }: { id: string; userId: string }): Promise<{ deletedImages: number }> {
  const photo = await getPhotoOrThrow({ id, userId });
  const images = await db().image.findMany({ where: { photoId: photo.id, userId }, select: { id: true, storageKey: true, svgStorageKey: true } });
  await db().$transaction([
    db().image.deleteMany({ where: { id: { in: images.map((i) => i.id) } } }),
    db().photo.delete({ where: { id: photo.id } }),
  ]);
  const keys = [photo.storageKey, ...images.flatMap(imageBlobKeys)];
  const results = await Promise.allSettled(keys.map((key) => blobStore().delete(key)));
  if (results.some((r) => r.status === "rejected")) log.error("could not remove some files of a deleted photo", { photoId: id });
  return { deletedImages: images.length };
}
