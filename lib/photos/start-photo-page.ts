import "server-only";
import { randomUUID } from "node:crypto";
import { findCachedImage } from "@/lib/db/images";
import { findPhotoBySha } from "@/lib/db/photos";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isEngineAvailable } from "@/lib/images/engine-choice";
import { enqueueJobs, startedJob, type StartedJob } from "@/lib/jobs";
import { blobStore } from "@/lib/storage";
import { estimatePhotoCost, photoCacheKey, photoEngine, photoModel, settlePhotoModel } from "./plan";
import type { PhotoPageOptions } from "./schema";
import type { Locale } from "@/lib/i18n/locales";
import { defaultPhotoTitle } from "./title";
import { cleanPhoto } from "./validate";

/**
 * Starts a photo page: checks the photo (nothing is stored for a bad one), answers from the cache
 * when the same photo was already made into the same page, otherwise stores the clean photo and
 * queues its job with the photo's record, in one transaction — the file first, removed again if
 * the records cannot be written. The page is titled by the day, in the reader's language.
 */
export async function startPhotoPage({ userId, photo, options, locale }: { userId: string; photo: Buffer; options: PhotoPageOptions; locale: Locale }): Promise<StartedJob & { photoId: string }> {
  const engine = photoEngine(options.mode);
  if (!isEngineAvailable(engine)) {
    throw new AppError("invalid:mode", "Redraw needs the OpenAI engine, which is not configured on this server (OPENAI_API_KEY). Use Trace instead.", {
      fields: { mode: "Redraw needs OpenAI, which is not configured on this server." },
    });
  }
  const env = getEnv();
  const settled = settlePhotoModel(options);
  const clean = await cleanPhoto(photo, { maxBytes: env.PHOTO_MAX_BYTES, maxPixels: env.PHOTO_MAX_PIXELS });
  const plan = { ...options, ...settled, engine, photoSha256: clean.sha256, title: defaultPhotoTitle(new Date(), locale) };
  const job = { userId, kind: "photo", engine, model: photoModel(plan), bypassCache: options.regenerate, estimatedCostMicroUsd: estimatePhotoCost(plan) };

  // Looked up before anything is stored, so a cache hit writes no file.
  const hit = options.regenerate ? null : await findCachedImage({ userId, cacheKey: photoCacheKey(plan) });
  if (hit?.photoId) {
    const photoId = hit.photoId;
    const { jobs } = await enqueueJobs({ userId, plan: () => ({ jobs: [{ ...job, input: { ...plan, photoId }, cachedImageId: hit.id }] }) });
    return { ...startedJob(jobs[0]!), photoId };
  }

  const existing = await findPhotoBySha({ userId, sha256: clean.sha256 });
  const photoId = existing?.id ?? randomUUID();
  const storageKey = existing ? null : `photos/${userId}/${randomUUID()}.jpg`;
  if (storageKey) await blobStore().put(storageKey, clean.jpeg, "image/jpeg");
  try {
    const { jobs } = await enqueueJobs({
      userId,
      plan: () => ({
        effects: storageKey
          ? [{ type: "createPhoto", photo: { id: photoId, userId, storageKey, width: clean.width, height: clean.height, bytes: clean.jpeg.length, sha256: clean.sha256 } }]
          : [],
        jobs: [{ ...job, input: { ...plan, photoId } }],
      }),
    });
    return { ...startedJob(jobs[0]!), photoId };
  } catch (error) {
    if (storageKey) await blobStore().delete(storageKey).catch(() => undefined);
    throw error;
  }
}
