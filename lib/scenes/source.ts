import "server-only";
import { getImageOrThrow, type ImageRecord } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import { blobStore } from "@/lib/storage";
import { sceneImageOptionsSchema, type SceneImageOptions } from "./schema";

/** The scene options recorded with an image, or null for images that are not script scenes. */
export function sceneOptionsOf(image: Pick<ImageRecord, "options">): SceneImageOptions | null {
  let raw: unknown;
  try {
    raw = JSON.parse(image.options);
  } catch {
    return null;
  }
  const parsed = sceneImageOptionsSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The user's image and its bytes, for variations and edits. */
export async function loadSourceImage({ id, userId }: { id: string; userId: string }): Promise<{ image: ImageRecord; png: Buffer }> {
  const image = await getImageOrThrow({ id, userId });
  const png = await blobStore().get(image.storageKey);
  if (!png) throw new AppError("not_found:image_file", "This image's file is missing.");
  return { image, png };
}
