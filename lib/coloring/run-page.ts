import "server-only";
import { getEngine } from "@/lib/images/engines";
import { buildColoringPrompt } from "@/lib/images/prompts/coloring";
import { makePrintReady } from "@/lib/images/print";
import type { JobContext, JobKind, JobResult } from "@/lib/jobs";
import { retryIfStillFailing } from "./corrective-retry";
import { coloringCacheKey, coloringRequestSize } from "./plan";
import { coloringJobInputSchema } from "./schema";

/** The job handler for theme pages: describe the theme, draw, make print-ready. */
export async function runColoringJob({ job, signal, progress, preview }: JobContext): Promise<JobResult> {
  const input = coloringJobInputSchema.parse(JSON.parse(job.input));
  // The model chosen when the job was queued, or its successor if OpenAI retired it since.
  const engine = getEngine(input.engine, { model: input.model, purpose: "page" });
  const userId = job.userId;

  await progress(5, "describing");
  const description = await engine.describeTheme({ theme: input.theme, ageGroup: input.ageGroup }, { signal, userId });

  await progress(20, "drawing");
  const settled = { ...input, model: input.engine === "openai" ? engine.model : undefined };
  const size = coloringRequestSize(settled);
  const prompt = buildColoringPrompt({
    scene: description.text,
    title: input.title ? input.theme : undefined,
    ageGroup: input.ageGroup,
    paper: input.paper,
    orientation: input.orientation,
    reference: input.reference,
  });
  const image = await engine.generate(
    {
      purpose: "coloring",
      theme: input.theme,
      scene: description.text,
      prompt,
      options: { ageGroup: input.ageGroup, paper: input.paper, orientation: input.orientation, reference: input.reference, title: input.title, quality: input.quality },
      seed: input.seed,
      width: size.width,
      height: size.height,
    },
    {
      signal,
      userId,
      onProgress: (percent) => void progress(20 + percent * 0.7, "drawing"),
      onPartial: (png) => preview(png),
    },
  );

  await progress(92, "printing");
  const print = { paper: input.paper, orientation: input.orientation, keepColorReference: input.reference, ageGroup: input.ageGroup };
  const first = await makePrintReady(image.png, print);
  if (!first.printCheck.pass && engine.id === "openai") await progress(94, "correcting");
  const { image: kept, page, usage } = await retryIfStillFailing({ engine, image, page: first, prompt, size, quality: input.quality, print, context: { signal, userId } });
  return {
    images: [
      {
        png: page.png,
        width: page.width,
        height: page.height,
        kind: "coloring",
        title: input.theme,
        prompt,
        revisedPrompt: kept.revisedPrompt ?? (description.text !== input.theme ? description.text : undefined),
        engine: engine.id,
        model: kept.model,
        options: settled,
        cacheKey: coloringCacheKey(settled),
        usage,
        printCheck: page.printCheck,
      },
    ],
    extraCostMicroUsd: description.usage.costMicroUsd,
  };
}

export const coloringJobKind: JobKind = { kind: "coloring", run: runColoringJob };
