import "server-only";
import { getEngine } from "@/lib/images/engines";
import { buildColoringPrompt } from "@/lib/images/prompts/coloring";
import type { EngineImage } from "@/lib/images/engines/types";
import { makePrintReady, type PrintResult } from "@/lib/images/print";
import { makeSvgPrintReady, normalizeSvgText } from "@/lib/images/svg";
import type { JobContext, JobKind, JobResult } from "@/lib/jobs";
import { retryIfStillFailing } from "./corrective-retry";
import { coloringCacheKey, coloringRequestSize } from "./plan";
import { coloringJobInputSchema, type ColoringJobInput } from "./schema";

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
      vector: input.engine === "openai" && input.vector,
    },
    {
      signal,
      userId,
      onProgress: (percent) => void progress(20 + percent * 0.7, "drawing"),
      onPartial: (png) => preview(png),
    },
  );

  await progress(92, "printing");
  const first = await printPage(image, input);
  // A vector page keeps its SVG: an edit would come back as pixels, so only raster pages are corrected.
  const correctable = engine.id === "openai" && first.svg === undefined;
  if (correctable && !first.printCheck.pass) await progress(94, "correcting");
  const print = { paper: input.paper, orientation: input.orientation, keepColorReference: input.reference, ageGroup: input.ageGroup };
  const { image: kept, page, usage } = correctable
    ? await retryIfStillFailing({ engine, image, page: first, prompt, size, quality: input.quality, print, context: { signal, userId } })
    : { image, page: first, usage: image.usage };
  return {
    images: [
      {
        png: page.png,
        svg: first.svg,
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

/**
 * The print-ready page, and its normalised SVG when the engine drew one. OpenAI's SVG is rendered
 * here into the 300 DPI page. The offline composer's PNG already is the rendering of its own SVG
 * (plus the colored reference, which it paints as pixels only), so that PNG is printed as it is
 * and the SVG is only normalised: the same drawing is not rendered twice.
 */
async function printPage(image: EngineImage, input: ColoringJobInput): Promise<PrintResult & { svg?: string }> {
  const print = { paper: input.paper, orientation: input.orientation, ageGroup: input.ageGroup };
  if (image.svg !== undefined && input.engine === "openai") {
    const vector = await makeSvgPrintReady(image.svg, { ...print, reference: input.reference });
    return { ...vector.page, svg: vector.svg };
  }
  const page = await makePrintReady(image.png, { ...print, keepColorReference: input.reference });
  return image.svg === undefined ? page : { ...page, svg: normalizeSvgText(image.svg) };
}

export const coloringJobKind: JobKind = { kind: "coloring", run: runColoringJob };
