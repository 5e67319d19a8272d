import "server-only";
import { coloringCacheKey, coloringRequestSize } from "@/lib/coloring/plan";
import { coloringJobInputSchema } from "@/lib/coloring/schema";
import { getEngine } from "@/lib/images/engines";
import type { EngineImage } from "@/lib/images/engines/types";
import { buildColoringPrompt } from "@/lib/images/prompts/coloring";
import { makePrintReady } from "@/lib/images/print";
import type { JobContext, JobEffect, JobKind, JobResult } from "@/lib/jobs";
import { measurePageArt } from "../pages/measure";
import { loadCharacterReference } from "./reference";
import { planSceneForFirstPage, plannedSceneFor } from "./scene-plan";
import { bookPageJobInputSchema, type BookPageJobInput } from "./schema";

export const BOOK_PAGE_KIND = "book-page";

/** Where the finished page goes: its planned slot, or in place of the page it redraws. */
function placementOf(input: BookPageJobInput, batchId: string | null, crop: { left: number; top: number; width: number; height: number }, color: boolean): JobEffect {
  if (input.replacePageId) return { type: "replaceBookPage", bookId: input.bookId, pageId: input.replacePageId, image: 0, crop, color };
  if (!batchId) throw new Error("A planned book page belongs to its book's batch.");
  return { type: "placeBookPage", bookId: input.bookId, batchId, slot: input.slot, image: 0, crop, color };
}

/**
 * The job handler for one page of a book made from a theme: describe the page's scene, draw it
 * (with OpenAI, pages after the first are edits of the first, so the character keeps its look),
 * make it print-ready, measure it, and place it in the book with the image, all or nothing.
 */
export async function runBookPageJob({ job, signal, progress, preview }: JobContext): Promise<JobResult> {
  const input = bookPageJobInputSchema.parse(JSON.parse(job.input));
  const engine = getEngine(input.engine, { model: input.model, purpose: "page" });
  const userId = job.userId;

  // An OpenAI book's scenes come from the text model's plan (made by the first page, read by the
  // others once the first page is done); offline books and redrawn pages keep their planned theme.
  let scene = input.theme;
  let planCost = 0;
  const planned = input.engine === "openai" && input.bookPages !== undefined && !input.replacePageId && job.batchId;
  if (planned && input.slot === 0) {
    await progress(2, "planning");
    ({ scene, costMicroUsd: planCost } = await planSceneForFirstPage({ engine, input, batchId: job.batchId!, count: input.bookPages!, signal, userId }));
  }
  const reference = input.engine === "openai" ? await loadCharacterReference({ job, input, signal }) : null;
  if (planned && input.slot > 0) scene = await plannedSceneFor({ input, batchId: job.batchId! });

  await progress(5, "describing");
  const description = await engine.describeTheme({ theme: scene, ageGroup: input.ageGroup }, { signal, userId });

  await progress(20, "drawing");
  // The image records a plain coloring page's options, so it is a page of the library like any other.
  const settled = coloringJobInputSchema.strip().parse({ ...input, model: input.engine === "openai" ? engine.model : undefined });
  const size = coloringRequestSize(settled);
  const prompt = buildColoringPrompt({ scene: description.text, ageGroup: input.ageGroup, paper: input.paper, orientation: input.orientation, reference: input.reference });
  const onProgress = (percent: number) => void progress(20 + percent * 0.7, "drawing");
  let image: EngineImage;
  if (reference) {
    const editPrompt = `${prompt} The ${input.character} must look exactly like the ${input.character} in the input image: same shape, face and features; only the scene changes.`;
    image = await engine.edit({ image: reference, prompt: editPrompt, width: size.width, height: size.height, quality: input.quality }, { signal, userId, onProgress });
  } else {
    image = await engine.generate(
      {
        purpose: "coloring",
        theme: scene,
        scene: description.text,
        prompt,
        options: { ageGroup: input.ageGroup, paper: input.paper, orientation: input.orientation, reference: input.reference, title: input.title, quality: input.quality },
        seed: input.seed,
        width: size.width,
        height: size.height,
      },
      { signal, userId, onProgress, onPartial: (png) => preview(png) },
    );
  }

  await progress(92, "printing");
  const page = await makePrintReady(image.png, { paper: input.paper, orientation: input.orientation, keepColorReference: input.reference, ageGroup: input.ageGroup });
  const art = await measurePageArt(page.png);
  return {
    images: [
      {
        png: page.png,
        width: page.width,
        height: page.height,
        kind: "coloring",
        title: scene,
        prompt,
        revisedPrompt: image.revisedPrompt ?? (description.text !== scene ? description.text : undefined),
        engine: engine.id,
        model: image.model,
        options: settled,
        // A page drawn after a reference differs from a lone page of the same theme: no cache entry.
        cacheKey: reference ? undefined : coloringCacheKey(settled),
        usage: image.usage,
        printCheck: page.printCheck,
      },
    ],
    extraCostMicroUsd: description.usage.costMicroUsd + planCost,
    effects: [placementOf(input, job.batchId, art.crop, art.color)],
  };
}

export const bookPageJobKind: JobKind = { kind: BOOK_PAGE_KIND, run: runBookPageJob };
