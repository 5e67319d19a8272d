import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { listBatchJobs } from "@/lib/db/batches";
import { getImageOrThrow } from "@/lib/db/images";
import type { JobRecord } from "@/lib/db/jobs";
import { blobStore } from "@/lib/storage";
import { bookPageJobInputSchema, type BookPageJobInput } from "./schema";

/** How long a page waits for its batch's first page, the character's reference, before drawing without it. */
const REFERENCE_WAIT_MS = 10 * 60_000;
const POLL_MS = 1_000;

async function imagePng(id: string, userId: string): Promise<Buffer | null> {
  const image = await getImageOrThrow({ id, userId }).catch(() => null);
  return image ? blobStore().get(image.storageKey) : null;
}

/** The batch's latest job for slot 0: the page the recurring character is first drawn on. */
function referenceJob(jobs: readonly JobRecord[]): JobRecord | undefined {
  const firsts = jobs.filter((job) => {
    const input = bookPageJobInputSchema.safeParse(JSON.parse(job.input));
    return input.success && input.data.slot === 0 && !input.data.replacePageId;
  });
  return firsts.at(-1);
}

/**
 * The character's reference picture for an OpenAI page, or null when the page is drawn from its
 * prompt alone: the first page itself, a page whose reference failed or was canceled, or one that
 * waited too long. Pages after the first wait for it (the queue claims the first page first).
 */
export async function loadCharacterReference({ job, input, signal }: { job: JobRecord; input: BookPageJobInput; signal: AbortSignal }): Promise<Buffer | null> {
  if (input.referenceImageId) return imagePng(input.referenceImageId, job.userId);
  if (input.slot === 0 || !job.batchId) return null;
  const deadline = Date.now() + REFERENCE_WAIT_MS;
  while (Date.now() < deadline) {
    const first = referenceJob(await listBatchJobs({ batchId: job.batchId }));
    if (!first || first.status === "failed" || first.status === "canceled") return null;
    if (first.status === "succeeded") return first.imageIds[0] ? imagePng(first.imageIds[0], job.userId) : null;
    await sleep(POLL_MS, undefined, { signal });
  }
  return null;
}
