import "server-only";
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import sharp from "sharp";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { insertImage } from "@/lib/db/images";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { cleanPhoto } from "@/lib/photos/validate";
import type { ImageView } from "@/lib/shared/views";
import { blobStore } from "@/lib/storage";
import { getImageForUser } from "./read";

/** The fields of `POST /api/images` beside the `image` file. */
export const uploadFieldsSchema = z
  .object({ title: z.string().trim().min(1, "Give the picture a title, or leave the field out.").max(200, "The title can be at most 200 characters.").optional() })
  .strict();
export type UploadFields = z.output<typeof uploadFieldsSchema>;

/** A title from the file's name when none is given: "cat-on-sofa.jpg" → "cat on sofa". */
function titleOf(fields: UploadFields, fileName: string): string {
  if (fields.title) return fields.title;
  const stem = path.parse(fileName).name.replace(/[-_]+/g, " ").trim();
  return stem.slice(0, 200) || "Uploaded picture";
}

/**
 * Checks an outside picture as photos are checked (real type PNG, JPEG or WebP, size, pixel
 * count, whole decode) and stores it in the library as a PNG, transparency kept and metadata
 * (GPS included) removed, so it can be edited with a prompt or used as a scene reference.
 */
export async function uploadImage({ userId, bytes, fileName, fields }: { userId: string; bytes: Buffer; fileName: string; fields: UploadFields }): Promise<ImageView> {
  const env = getEnv();
  // The same checks as a photo; the clean JPEG is not kept (a library picture keeps its alpha).
  await cleanPhoto(bytes, { maxBytes: env.PHOTO_MAX_BYTES, maxPixels: env.PHOTO_MAX_PIXELS });
  const { data: png, info } = await sharp(bytes, { limitInputPixels: env.PHOTO_MAX_PIXELS }).rotate().png().toBuffer({ resolveWithObject: true });
  const storageKey = `images/${userId}/${randomUUID()}.png`;
  await blobStore().put(storageKey, png, "image/png");
  let id: string;
  try {
    id = await insertImage(db(), {
      userId,
      kind: "upload",
      title: titleOf(fields, fileName),
      prompt: "",
      revisedPrompt: null,
      engine: "upload",
      model: "upload",
      options: JSON.stringify({ source: "upload" }),
      width: info.width,
      height: info.height,
      bytes: png.length,
      sha256: createHash("sha256").update(png).digest("hex"),
      storageKey,
      svgStorageKey: null,
      printCheck: null,
      cacheKey: null,
      inputTokens: 0,
      outputTokens: 0,
      costMicroUsd: 0,
      jobId: null,
      parentId: null,
      photoId: null,
      segmentId: null,
      variationType: null,
    });
  } catch (error) {
    // Nothing orphaned: the file goes when its record could not be written.
    await blobStore().delete(storageKey).catch((cleanup: unknown) => log.error("could not remove an unrecorded upload", { storageKey, error: cleanup }));
    throw error instanceof AppError ? error : new AppError("internal:upload", "The picture could not be saved. Please try again.", undefined, 500);
  }
  return getImageForUser({ id, userId });
}
