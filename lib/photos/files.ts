import "server-only";
import { getPhotoOrThrow } from "@/lib/db/photos";
import { AppError } from "@/lib/errors";
import { blobStore } from "@/lib/storage";

/** The user's cleaned photo (JPEG, no metadata); a foreign and a missing photo are both a 404. */
export async function readPhotoFile({ id, userId }: { id: string; userId: string }): Promise<Buffer> {
  const photo = await getPhotoOrThrow({ id, userId });
  const bytes = await blobStore().get(photo.storageKey);
  if (!bytes) throw new AppError("not_found:photo_file", "This photo's file is missing.");
  return bytes;
}
