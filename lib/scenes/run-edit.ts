import "server-only";
import { z } from "zod";
import { getEngine } from "@/lib/images/engines";
import { AGE_GROUPS } from "@/lib/images/paper";
import { makePrintReady } from "@/lib/images/print";
import { paperOf } from "@/lib/library/pdf";
import { imageModelOrThrow } from "@/lib/images/models";
import type { ModelPurpose } from "@/lib/images/model-choice";
import { chooseRequestSize } from "@/lib/images/size";
import type { JobContext, JobKind, JobResult } from "@/lib/jobs";
import { fitToSize } from "./frame";
import { buildEditPrompt } from "@/lib/images/prompts/scene";
import { editJobInputSchema } from "./schema";
import { assertSegmentExists } from "./run-scene";
import { loadSourceImage } from "./source";

/** The age group a page was made for; pages always record it, the page schemas' default covers any that did not. */
const ageGroupOf = (options: Record<string, unknown>) => z.enum(AGE_GROUPS).catch("6-9").parse(options.ageGroup);

/** The options of the source image, kept on the edit so it can be exported and varied like its parent. */
export function parentOptions(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Pages (their options name a paper) are edited with the page model, everything else with the scene model. */
export function editPurpose(options: Record<string, unknown>): ModelPurpose {
  return typeof options.paper === "string" ? "page" : "scene";
}

/**
 * The job handler for a prompt edit (OpenAI's edit endpoint, with the optional mask). The result
 * is a new version of the image at exactly its parent's size, so a mask painted over one version
 * fits every other.
 */
export async function runEditJob({ job, signal, progress }: JobContext): Promise<JobResult> {
  const input = editJobInputSchema.parse(JSON.parse(job.input));
  const { image: source, png } = await loadSourceImage({ id: input.sourceImageId, userId: job.userId });
  const options = parentOptions(source.options);
  const engine = getEngine(input.engine, { model: input.model, purpose: editPurpose(options) });
  const size = chooseRequestSize(imageModelOrThrow(engine.model), source.width / source.height);
  const mask = input.maskBase64 ? Buffer.from(input.maskBase64, "base64") : undefined;
  const prompt = buildEditPrompt(input.prompt, Boolean(mask));
  await progress(10, "editing");
  const edited = await engine.edit(
    { image: png, mask, prompt, width: size.width, height: size.height, quality: input.quality },
    { signal, userId: job.userId, onProgress: (percent) => void progress(10 + percent * 0.8, "editing") },
  );
  await progress(92, "framing");
  // An edited coloring or photo page (its options name a paper) stays print-ready: black on
  // white, on its paper, at 300 DPI. Scenes keep their exact frame.
  const page = typeof options.paper === "string"
    ? await makePrintReady(edited.png, { ...paperOf(options, source.width, source.height), keepColorReference: options.reference === true, ageGroup: ageGroupOf(options) })
    : null;
  const out = page ? page.png : await fitToSize(edited.png, source.width, source.height);
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
        printCheck: page?.printCheck,
      },
    ],
  };
}

export const editJobKind: JobKind = { kind: "edit", run: runEditJob };
