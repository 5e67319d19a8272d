import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { insertImage } from "@/lib/db/images";
import type { JobRecord } from "@/lib/db/jobs";
import { blobStore } from "@/lib/storage";
import { applyJobEffects } from "./effects";
import { completeJob } from "./transitions";
import type { JobOutputImage, JobResult } from "./types";

interface StoredKeys {
  png: string;
  svg: string | null;
}

export class JobNoLongerOwnedError extends Error {
  constructor() {
    super("The job was canceled or taken over while it ran.");
    this.name = "JobNoLongerOwnedError";
  }
}

function imageRecord(job: JobRecord, image: JobOutputImage, keys: StoredKeys, costMicroUsd: number) {
  return {
    userId: job.userId,
    kind: image.kind,
    title: image.title,
    prompt: image.prompt,
    revisedPrompt: image.revisedPrompt ?? null,
    engine: image.engine,
    model: image.model,
    options: JSON.stringify(image.options),
    width: image.width,
    height: image.height,
    bytes: image.png.length,
    sha256: createHash("sha256").update(image.png).digest("hex"),
    storageKey: keys.png,
    svgStorageKey: keys.svg,
    cacheKey: image.cacheKey ?? null,
    inputTokens: image.usage.inputTextTokens + image.usage.inputImageTokens,
    outputTokens: image.usage.outputTokens,
    costMicroUsd,
    jobId: job.id,
    parentId: image.parentId ?? null,
    photoId: image.photoId ?? null,
    segmentId: image.segmentId ?? null,
    variationType: image.variationType ?? null,
    printCheck: image.printCheck ? JSON.stringify(image.printCheck) : null,
  };
}

/** What the provider billed for a job's result: its images and the calls that made none. */
export function resultCostMicroUsd(result: JobResult): number {
  return (result.extraCostMicroUsd ?? 0) + result.images.reduce((sum, i) => sum + i.usage.costMicroUsd, 0);
}

/**
 * Stores a job's images and marks it succeeded, all or nothing: blobs are written first, then the
 * records, the job's effects and its success in one transaction; if anything fails (or the job was
 * canceled meanwhile) the blobs are removed again, so no file is orphaned and no record lacks its file.
 * The job counts at `costMicroUsd`: what all its attempts were billed (this result's by default).
 */
export async function persistJobResult(job: JobRecord, workerId: string, result: JobResult, costMicroUsd = resultCostMicroUsd(result)): Promise<string[]> {
  const store = blobStore();
  const written: string[] = [];
  const stored: StoredKeys[] = [];
  try {
    for (const image of result.images) {
      const base = `images/${job.userId}/${randomUUID()}`;
      await store.put(`${base}.png`, image.png, "image/png");
      written.push(`${base}.png`);
      if (image.svg !== undefined) {
        await store.put(`${base}.svg`, Buffer.from(image.svg, "utf8"), "image/svg+xml");
        written.push(`${base}.svg`);
      }
      stored.push({ png: `${base}.png`, svg: image.svg !== undefined ? `${base}.svg` : null });
    }
    const extra = result.extraCostMicroUsd ?? 0;
    return await db().$transaction(async (tx) => {
      const ids: string[] = [];
      for (const [index, image] of result.images.entries()) {
        // A text model's cost (describing the theme) is carried by the first image.
        ids.push(await insertImage(tx, imageRecord(job, image, stored[index]!, image.usage.costMicroUsd + (index === 0 ? extra : 0))));
      }
      await applyJobEffects(tx, result.effects ?? [], ids);
      if (!(await completeJob(tx, { job, workerId, imageIds: ids, costMicroUsd }))) throw new JobNoLongerOwnedError();
      return ids;
    });
  } catch (error) {
    await Promise.allSettled(written.map((key) => store.delete(key)));
    throw error;
  }
}
