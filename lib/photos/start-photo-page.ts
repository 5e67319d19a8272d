import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { findCachedImage } from "@/lib/db/images";
import { createCachedJob, toJobRecord, jobSelect } from "@/lib/db/jobs";
import { findPhotoBySha } from "@/lib/db/photos";
import { assertQueueRoom } from "@/lib/limits/queue-room";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isEngineAvailable } from "@/lib/images/engines";
import { emitJobQueued } from "@/lib/jobs/events";
import type { EnqueueResult } from "@/lib/jobs/enqueue";
import { blobStore } from "@/lib/storage";
import { estimatePhotoCost, photoCacheKey, photoEngine, photoModel, settlePhotoModel } from "./plan";
import type { PhotoPageOptions } from "./schema";
import { titleFromFileName } from "./title";
import { cleanPhoto } from "./validate";

/**
 * Starts a photo page: checks the photo (nothing is stored for a bad one), answers from the cache
 * when the same photo was already made into the same page, otherwise stores the clean photo and
 * its job together — the file first, removed again if the records cannot be written.
 */
export async function startPhotoPage({ userId, photo, options, fileName }: { userId: string; photo: Buffer; options: PhotoPageOptions; fileName?: string }): Promise<EnqueueResult & { photoId: string }> {
  const engine = photoEngine(options.mode);
  if (!isEngineAvailable(engine)) {
    throw new AppError("invalid:mode", "Redraw needs the OpenAI engine, which is not configured on this server (OPENAI_API_KEY). Use Trace instead.", {
      fields: { mode: "Redraw needs OpenAI, which is not configured on this server." },
    });
  }
  const env = getEnv();
  const settled = settlePhotoModel(options);
  const clean = await cleanPhoto(photo, { maxBytes: env.PHOTO_MAX_BYTES, maxPixels: env.PHOTO_MAX_PIXELS });
  const plan = { ...options, ...settled, engine, photoSha256: clean.sha256, title: titleFromFileName(fileName) };
  const key = photoCacheKey(plan);
  const existing = await findPhotoBySha({ userId, sha256: clean.sha256 });

  if (!options.regenerate) {
    const hit = await findCachedImage({ userId, cacheKey: key });
    if (hit && hit.photoId) {
      const job = await createCachedJob({ userId, kind: "photo", input: { ...plan, photoId: hit.photoId }, engine, model: photoModel(plan), imageId: hit.id });
      return { job, cached: true, photoId: hit.photoId };
    }
  }
  const estimate = estimatePhotoCost(plan);
  await assertQueueRoom({ userId, jobs: 1, addMicroUsd: estimate });

  const store = blobStore();
  const storageKey = existing ? null : `photos/${userId}/${randomUUID()}.jpg`;
  if (storageKey) await store.put(storageKey, clean.jpeg, "image/jpeg");
  try {
    const result = await db().$transaction(async (tx) => {
      const photoId =
        existing?.id ??
        (
          await tx.photo.create({
            data: { userId, storageKey: storageKey!, width: clean.width, height: clean.height, bytes: clean.jpeg.length, sha256: clean.sha256 },
            select: { id: true },
          })
        ).id;
      const row = await tx.job.create({
        data: {
          userId,
          kind: "photo",
          input: JSON.stringify({ ...plan, photoId }),
          engine,
          model: photoModel(plan),
          bypassCache: options.regenerate,
          estimatedCostMicroUsd: estimate,
        },
        select: jobSelect,
      });
      return { job: toJobRecord(row), photoId };
    });
    emitJobQueued();
    return { ...result, cached: false };
  } catch (error) {
    if (storageKey) await store.delete(storageKey).catch(() => undefined);
    throw error;
  }
}
