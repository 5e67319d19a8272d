import "server-only";
import sharp from "sharp";
import { getPhotoOrThrow } from "@/lib/db/photos";
import { AppError } from "@/lib/errors";
import { getEngine } from "@/lib/images/engines";
import { NO_USAGE, type EngineImage, type EngineUsage } from "@/lib/images/engines/types";
import { imageModelOrThrow } from "@/lib/images/models";
import { pageBox } from "@/lib/images/paper";
import { makePrintReady } from "@/lib/images/print";
import { buildColoringPrompt } from "@/lib/images/prompts/coloring";
import type { JobContext, JobKind, JobResult } from "@/lib/jobs";
import { blobStore } from "@/lib/storage";
import { traceToLineArt } from "./trace";
import { photoCacheKey, redrawRequestSize } from "./plan";
import { addPhotoReference } from "./reference-inset";
import { photoJobInputSchema, type PhotoJobInput } from "./schema";

async function loadPhoto(job: JobContext["job"], photoId: string): Promise<Buffer> {
  const photo = await getPhotoOrThrow({ id: photoId, userId: job.userId });
  const bytes = await blobStore().get(photo.storageKey);
  if (!bytes) throw new AppError("not_found:photo_file", "The photo's file is missing; please upload it again.");
  return bytes;
}

async function trace(input: PhotoJobInput, photo: Buffer, { signal, progress }: JobContext): Promise<EngineImage> {
  const box = pageBox(input.paper, input.orientation).content;
  const art = await traceToLineArt(photo, {
    ageGroup: input.ageGroup,
    detail: input.detail,
    simplifyBackground: input.simplifyBackground,
    width: box.width,
    height: box.height,
    signal,
    onProgress: (percent) => void progress(5 + percent * 0.85, "tracing"),
  });
  return { ...art, model: "offline-trace", usage: NO_USAGE };
}

/** Moderation (free) first, then a vision description, then the image model redraws the photo. */
async function redraw(input: PhotoJobInput, photo: Buffer, { job, signal, progress, preview }: JobContext): Promise<{ image: EngineImage; extra: EngineUsage; scene: string; prompt: string }> {
  // The model chosen when the job was queued, or its successor if OpenAI retired it since.
  const engine = getEngine("openai", { model: input.model, purpose: "page" });
  const userId = job.userId;
  await progress(3, "checking");
  const small = await sharp(photo).resize({ width: 1024, height: 1024, fit: "inside" }).jpeg({ quality: 85 }).toBuffer();
  const verdict = await engine.moderate?.({ image: small }, { signal, userId });
  if (verdict?.flagged) {
    const categories = verdict.categories.join(", ");
    throw new AppError("provider:photo_refused", `OpenAI's safety system refused this photo${categories ? ` (${categories})` : ""}. Please choose another photo.`, { categories: verdict.categories }, 422);
  }
  await progress(10, "describing");
  const description = await engine.describePhoto({ photo: small, ageGroup: input.ageGroup }, { signal, userId });
  const size = redrawRequestSize({ ...input, model: engine.model });
  const prompt = buildColoringPrompt({
    scene: `Redraw the input photo as a coloring page, keeping its composition: ${description.text}`,
    ageGroup: input.ageGroup,
    paper: input.paper,
    orientation: input.orientation,
    reference: false,
  });
  await progress(25, "drawing");
  const hooks = { signal, userId, onProgress: (p: number) => void progress(25 + p * 0.6, "drawing"), onPartial: (png: Buffer) => preview(png) };
  const info = imageModelOrThrow(engine.model);
  const image =
    info.photoRedraw === "edit"
      ? await engine.edit(
          { image: await sharp(small).png().toBuffer(), prompt, width: size.width, height: size.height, quality: input.quality, highFidelity: true },
          hooks,
        )
      : await engine.generate(
          {
            purpose: "coloring",
            theme: description.text,
            scene: description.text,
            prompt,
            options: { ageGroup: input.ageGroup, paper: input.paper, orientation: input.orientation, reference: false, title: false, quality: input.quality },
            seed: 0,
            width: size.width,
            height: size.height,
          },
          hooks,
        );
  return { image, extra: description.usage, scene: description.text, prompt };
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
    image = await trace(input, photo, context);
  } else {
    const result = await redraw(input, photo, context);
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
