import "server-only";
import { getPhotoOrThrow } from "@/lib/db/photos";
import { AppError } from "@/lib/errors";
import type { EngineImage } from "@/lib/images/engines/types";
import { makePrintReady } from "@/lib/images/print";
import type { JobContext, JobKind, JobResult } from "@/lib/jobs";
import { blobStore } from "@/lib/storage";
import { redrawLineArt, traceLineArt } from "./line-art";
import { photoCacheKey } from "./plan";
import { addPhotoReference } from "./reference-inset";
import { photoJobInputSchema } from "./schema";

async function loadPhoto(job: JobContext["job"], photoId: string): Promise<Buffer> {
  const photo = await getPhotoOrThrow({ id: photoId, userId: job.userId });
  const bytes = await blobStore().get(photo.storageKey);
  if (!bytes) throw new AppError("not_found:photo_file", "The photo's file is missing; please upload it again.");
  return bytes;
}

/** The job handler for photo pages: trace offline, or redraw with OpenAI; then print-ready. */
export async function runPhotoJob(context: JobContext): Promise<JobResult> {
  const input = photoJobInputSchema.parse(JSON.parse(context.job.input));
  const photo = await loadPhoto(context.job, input.photoId);
  let image: EngineImage;
  let extraCost = 0;
  let prompt = `Trace of the photo (detail ${input.detail}${input.simplifyBackground ? ", simplified background" : ""})`;
  let revisedPrompt: string | undefined;
  if (input.mode === "trace") {
    image = await traceLineArt(input, photo, context);
  } else {
    const result = await redrawLineArt(input, photo, context);
    image = result.image;
    extraCost = result.extra.costMicroUsd;
    prompt = result.prompt;
    revisedPrompt = result.scene;
  }
  // A redraw records the model it was actually made with (a successor, if OpenAI retired the one asked for).
  const settledOptions = input.engine === "openai" ? { ...input, model: image.model } : input;
  await context.progress(92, "printing");
  const art = input.reference ? await addPhotoReference(image.png, photo) : image.png;
  const page = await makePrintReady(art, { paper: input.paper, orientation: input.orientation, keepColorReference: input.reference, ageGroup: input.ageGroup });
  return {
    images: [
      {
        png: page.png,
        width: page.width,
        height: page.height,
        kind: "photo",
        title: input.title ?? (input.mode === "trace" ? "Traced photo" : "Redrawn photo"),
        prompt,
        revisedPrompt,
        engine: input.engine,
        model: image.model,
        options: settledOptions,
        cacheKey: photoCacheKey(settledOptions),
        usage: image.usage,
        photoId: input.photoId,
        printCheck: page.printCheck,
      },
    ],
    extraCostMicroUsd: extraCost,
  };
}

export const photoJobKind: JobKind = { kind: "photo", run: runPhotoJob };
