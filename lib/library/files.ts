import "server-only";
import { getImageOrThrow, deleteImageRecord, type ImageRecord } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { blobStore } from "@/lib/storage";

/** The image's bytes, if it is the user's. */
export async function readImageFile({ id, userId }: { id: string; userId: string }): Promise<{ image: ImageRecord; bytes: Buffer }> {
  const image = await getImageOrThrow({ id, userId });
  const bytes = await blobStore().get(image.storageKey);
  if (!bytes) {
    log.error("image record without its file", { imageId: image.id });
    throw new AppError("not_found:image_file", "This image's file is missing.");
  }
  return { image, bytes };
}

/** Deletes the user's image: the record first (so it vanishes at once), then its file. */
export async function deleteImage({ id, userId }: { id: string; userId: string }): Promise<void> {
  const { storageKeys } = await deleteImageRecord({ id, userId });
  const results = await Promise.allSettled(storageKeys.map((key) => blobStore().delete(key)));
  for (const result of results) {
    if (result.status === "rejected") log.error("could not remove a deleted image's file", { imageId: id, error: result.reason });
  }
}

/** The image's normalised SVG, if it is the user's and has one (404 otherwise, like a missing image). */
export async function readImageSvg({ id, userId }: { id: string; userId: string }): Promise<{ image: ImageRecord; svg: Buffer }> {
  const image = await getImageOrThrow({ id, userId });
  if (!image.svgStorageKey) throw new AppError("not_found:image_svg", "This image has no vector (SVG) version.");
  const svg = await blobStore().get(image.svgStorageKey);
  if (!svg) {
    log.error("image record without its SVG file", { imageId: image.id });
    throw new AppError("not_found:image_svg", "This image's vector file is missing.");
  }
  return { image, svg };
}
