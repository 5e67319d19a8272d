import "server-only";
import { getEngine } from "@/lib/images/engines";
import { makePrintReady } from "@/lib/images/print";
import { paperOf } from "@/lib/library/pdf";
import { imageModelOrThrow } from "@/lib/images/models";
import { chooseRequestSize } from "@/lib/images/size";
import type { JobContext, JobKind, JobResult } from "@/lib/jobs";
import { fitToSize } from "./frame";
import { buildEditPrompt } from "@/lib/images/prompts/scene";
import { editJobInputSchema } from "./schema";
import { assertSegmentExists } from "./run-scene";
import { loadSourceImage } from "./source";

/** The options of the source image, kept on the edit so it can be exported and varied like its parent. */
function parentOptions(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The job handler for a prompt edit (OpenAI's edit endpoint, with the optional mask). The result
 * is a new version of the image at exactly its parent's size, so a mask painted over one version
 * fits every other.
 */
export async function runEditJob({ job, signal, progress }: JobContext): Promise<JobResult> {
  const input = editJobInputSchema.parse(JSON.parse(job.input));
  const { image: source, png } = await loadSourceImage({ id: input.sourceImageId, userId: job.userId });
  const engine = getEngine(input.engine);
  const size = chooseRequestSize(imageModelOrThrow(engine.model), source.width / source.height);
  const mask = input.maskBase64 ? Buffer.from(input.maskBase64, "base64") : undefined;
  const prompt = buildEditPrompt(input.prompt, Boolean(mask));
  await progress(10, "editing");
  const edited = await engine.edit(
    { image: png, mask, prompt, width: size.width, height: size.height, quality: input.quality },
    { signal, onProgress: (percent) => void progress(10 + percent * 0.8, "editing") },
  );
  await progress(92, "framing");
  const options = parentOptions(source.options);
  // An edited coloring or photo page (its options name a paper) stays print-ready: black on
  // white, on its paper, at 300 DPI. Scenes keep their exact frame.
  const out = typeof options.paper === "string"
    ? (await makePrintReady(edited.png, { ...paperOf(options, source.width, source.height), keepColorReference: options.reference === true })).png
    : await fitToSize(edited.png, source.width, source.height);
  if (source.segmentId) await assertSegmentExists(source.segmentId, job.userId);
  return {
    images: [
      {
        png: out,
        width: source.width,
        height: source.height,
        kind: "edit",
        title: source.title,
        prompt,
        revisedPrompt: edited.revisedPrompt,
        engine: engine.id,
        model: edited.model,
        options: { ...options, quality: input.quality, edit: { instruction: input.prompt, masked: Boolean(mask) } },
        usage: edited.usage,
        parentId: source.id,
        segmentId: source.segmentId ?? undefined,
      },
    ],
  };
}

export const editJobKind: JobKind = { kind: "edit", run: runEditJob };
