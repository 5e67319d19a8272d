import "server-only";
import { getImageOrThrow, deleteImageRecord, type ImageRecord } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { blobStore } from "@/lib/storage";
import { slugify } from "@/lib/scripts/export-names";

/** A download name that says what the file is: `coloring-dinosaurs-at-the-beach.png`. */
export function downloadName(image: Pick<ImageRecord, "kind" | "title">, extension: "png" | "pdf"): string {
  const slug = slugify(image.title, 60) || "image";
  return `${image.kind}-${slug}.${extension}`;
}

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
  const { storageKey } = await deleteImageRecord({ id, userId });
  try {
    await blobStore().delete(storageKey);
  } catch (error) {
    log.error("could not remove a deleted image's file", { imageId: id, error });
  }
}
