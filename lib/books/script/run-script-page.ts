import "server-only";
import { getImageOrThrow } from "@/lib/db/images";
import { AppError } from "@/lib/errors";
import type { EngineImage } from "@/lib/images/engines/types";
import { makePrintReady } from "@/lib/images/print";
import type { JobContext, JobKind, JobResult } from "@/lib/jobs";
import { redrawLineArt, traceLineArt } from "@/lib/photos/line-art";
import { blobStore } from "@/lib/storage";
import { measurePageArt } from "../pages/measure";
import { bookScriptPageJobInputSchema } from "./schema";

export const BOOK_SCRIPT_PAGE_KIND = "book-script-page";

/** The scene's picture, if it is still the user's (a deleted one fails the page, which can be retried after choosing another). */
async function loadScene(userId: string, imageId: string): Promise<Buffer> {
  const image = await getImageOrThrow({ id: imageId, userId }).catch(() => {
    throw new AppError("not_found:image", "The scene's chosen image was deleted; choose another and retry.", { imageId });
  });
  const bytes = await blobStore().get(image.storageKey);
  if (!bytes) throw new AppError("not_found:image_file", "The scene's image file is missing.", { imageId });
  return bytes;
}

/**
 * The job handler for one page of a book made from a script: the scene's chosen image is traced
 * into line art offline, or redrawn by OpenAI's image model as an edit of it; the page is made
 * print-ready, measured, and placed at its scene's place in the book with the image, all or nothing.
 */
export async function runBookScriptPageJob(context: JobContext): Promise<JobResult> {
  const { job, progress } = context;
  const input = bookScriptPageJobInputSchema.parse(JSON.parse(job.input));
  if (!job.batchId) throw new Error("A script's book page belongs to its book's batch.");
  const scene = await loadScene(job.userId, input.sceneImageId);
  // A page's options, like a photo page's: its paper makes it a page any book can take.
  const { ageGroup, paper, orientation, detail, simplifyBackground, quality, sceneImageId, segmentId } = input;
  const options = { mode: input.engine === "offline" ? "trace" : "redraw", ageGroup, paper, orientation, reference: false, detail, simplifyBackground, quality, sceneImageId, segmentId };

  let image: EngineImage;
  let extraCost = 0;
  let prompt = `Trace of the scene "${input.title}" (detail ${input.detail})`;
  let revisedPrompt: string | undefined;
  if (input.engine === "offline") {
    image = await traceLineArt(input, scene, context);
  } else {
    const redrawn = await redrawLineArt(input, scene, context, "picture");
    image = redrawn.image;
    extraCost = redrawn.extra.costMicroUsd;
    prompt = redrawn.prompt;
    revisedPrompt = redrawn.scene;
  }

  await progress(92, "printing");
  const page = await makePrintReady(image.png, { paper: input.paper, orientation: input.orientation, keepColorReference: false, ageGroup: input.ageGroup });
  const art = await measurePageArt(page.png);
  return {
    images: [
      {
        png: page.png,
        width: page.width,
        height: page.height,
        kind: "coloring",
        title: input.title,
        prompt,
        revisedPrompt,
        engine: input.engine,
        model: image.model,
        // A redraw records the model it was made with (a successor, if OpenAI retired the one asked for).
        options: input.engine === "openai" ? { ...options, model: image.model } : options,
        usage: image.usage,
        printCheck: page.printCheck,
      },
    ],
    extraCostMicroUsd: extraCost,
    effects: [{ type: "placeBookPage", bookId: input.bookId, batchId: job.batchId, slot: input.slot, image: 0, crop: art.crop, color: art.color }],
  };
}

export const bookScriptPageJobKind: JobKind = { kind: BOOK_SCRIPT_PAGE_KIND, run: runBookScriptPageJob };
