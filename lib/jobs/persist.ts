import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { blobStore } from "@/lib/storage";
import type { JobRecord } from "@/lib/db/jobs";
import type { JobResult } from "./types";

export class JobNoLongerOwnedError extends Error {
  constructor() {
    super("The job was canceled or taken over while it ran.");
    this.name = "JobNoLongerOwnedError";
  }
}

/**
 * Stores a job's images and marks it succeeded, all or nothing: blobs are written first, then the
 * records and the job's new state in one transaction; if anything fails (or the job was canceled
 * meanwhile) the blobs are removed again, so no file is orphaned and no record lacks its file.
 */
export async function persistJobResult(job: JobRecord, workerId: string, result: JobResult): Promise<string[]> {
  const store = blobStore();
  const written: string[] = [];
  try {
    const prepared: Array<{ image: JobResult["images"][number]; storageKey: string; sha256: string }> = [];
    for (const image of result.images) {
      const storageKey = `images/${job.userId}/${randomUUID()}.png`;
      await store.put(storageKey, image.png, "image/png");
      written.push(storageKey);
      prepared.push({ image, storageKey, sha256: createHash("sha256").update(image.png).digest("hex") });
    }
    const extra = result.extraCostMicroUsd ?? 0;
    const total = extra + result.images.reduce((sum, i) => sum + i.usage.costMicroUsd, 0);
    const ids = await db().$transaction(async (tx) => {
      const created: string[] = [];
      for (const [index, { image, storageKey, sha256 }] of prepared.entries()) {
        const row = await tx.image.create({
          data: {
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
            sha256,
            storageKey,
            cacheKey: image.cacheKey ?? null,
            inputTokens: image.usage.inputTextTokens + image.usage.inputImageTokens,
            outputTokens: image.usage.outputTokens,
            // A text model's cost (describing the theme) is carried by the first image.
            costMicroUsd: image.usage.costMicroUsd + (index === 0 ? extra : 0),
            jobId: job.id,
            parentId: image.parentId ?? null,
            photoId: image.photoId ?? null,
            segmentId: image.segmentId ?? null,
            variationType: image.variationType ?? null,
          },
          select: { id: true },
        });
        created.push(row.id);
      }
      await result.onPersist?.(tx, created);
      const done = await tx.job.updateMany({
        where: { id: job.id, lockedBy: workerId, status: "running" },
        data: {
          status: "succeeded",
          progress: 100,
          stage: "done",
          costMicroUsd: total,
          imageIds: JSON.stringify(created),
          finishedAt: new Date(),
          lockedBy: null,
          previewKey: null,
        },
      });
      if (done.count !== 1) throw new JobNoLongerOwnedError();
      return created;
    });
    return ids;
  } catch (error) {
    await Promise.allSettled(written.map((key) => store.delete(key)));
    throw error;
  }
}
