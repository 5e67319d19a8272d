import "server-only";
import { segmentExists } from "@/lib/db/scripts";
import { AppError } from "@/lib/errors";
import { getEngine } from "@/lib/images/engines";
import type { JobContext, JobKind, JobResult } from "@/lib/jobs";
import { drawScene } from "./draw";
import { loadReferenceImages } from "./references";
import { sceneJobInputSchema, type SceneImageOptions } from "./schema";

const TITLE_CHARS = 120;

/** A title for the library: the segment's text, cut at a word. */
export function sceneTitle(text: string): string {
  if (text.length <= TITLE_CHARS) return text;
  const cut = text.slice(0, TITLE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : TITLE_CHARS).trimEnd()}…`;
}

/** Fails clearly (instead of a foreign-key error at save) when the segment went away while drawing. */
export async function assertSegmentExists(segmentId: string, userId: string): Promise<void> {
  if (!(await segmentExists({ id: segmentId, userId }))) throw new AppError("not_found:segment", "This segment was deleted while its image was being made.");
}

/** The job handler for a scene, a script segment's or one on its own; the first image a segment gets becomes its chosen one. */
export async function runSceneJob({ job, signal, progress, preview }: JobContext): Promise<JobResult> {
  const input = sceneJobInputSchema.parse(JSON.parse(job.input));
  const engine = getEngine(input.engine, { model: input.model, purpose: "scene" });
  await progress(2, "preparing");
  const references = await loadReferenceImages({ userId: job.userId, ids: input.references });
  const scene = await drawScene({ ...input, engine, userId: job.userId, references: references.map((r) => r.png), signal, progress, preview });
  if (input.segmentId) await assertSegmentExists(input.segmentId, job.userId);
  const options: SceneImageOptions = {
    text: input.text,
    style: input.style,
    customStyle: input.customStyle,
    aspect: input.aspect,
    quality: input.quality,
    references: references.slice(0, scene.referencesSent).map((r) => r.id),
    scriptId: input.scriptId,
    variation: input.variation,
  };
  return {
    images: [
      {
        png: scene.png,
        width: scene.width,
        height: scene.height,
        kind: "scene",
        title: sceneTitle(input.text),
        prompt: scene.prompt,
        revisedPrompt: scene.revisedPrompt,
        engine: engine.id,
        model: scene.model,
        options,
        usage: scene.usage,
        segmentId: input.segmentId,
        variationType: input.variation,
      },
    ],
    // The first image a segment gets becomes its chosen one.
    effects: input.segmentId ? [{ type: "chooseSegmentImage", segmentId: input.segmentId, image: 0 }] : [],
  };
}

export const sceneJobKind: JobKind = { kind: "scene", run: runSceneJob };
