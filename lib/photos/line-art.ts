import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { getEngine } from "@/lib/images/engines";
import { NO_USAGE, type EngineImage, type EngineUsage } from "@/lib/images/engines/types";
import { imageModelOrThrow } from "@/lib/images/models";
import { pageBox } from "@/lib/images/paper";
import { buildColoringPrompt } from "@/lib/images/prompts/coloring";
import type { JobContext } from "@/lib/jobs";
import { redrawRequestSize } from "./plan";
import type { PhotoJobInput } from "./schema";
import { traceToLineArt } from "./trace";

/** What tracing a picture needs: the page it is drawn for and how much line it keeps. */
export type TraceSettings = Pick<PhotoJobInput, "ageGroup" | "detail" | "simplifyBackground" | "paper" | "orientation">;
/** What redrawing a picture with OpenAI needs. */
export type RedrawSettings = Pick<PhotoJobInput, "ageGroup" | "paper" | "orientation" | "quality" | "model">;

/**
 * Traces a picture (a photo, a script's scene) into line art at the page's printable size, offline
 * and free. Progress runs from 5 to 90 %.
 */
export async function traceLineArt(input: TraceSettings, picture: Buffer, { signal, progress }: Pick<JobContext, "signal" | "progress">): Promise<EngineImage> {
  const box = pageBox(input.paper, input.orientation).content;
  const art = await traceToLineArt(picture, {
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

/**
 * Redraws a picture as a coloring page with OpenAI: moderation (free) first, then a vision
 * description, then the image model edits the picture (or draws from the description, for a
 * model without edits). `what` names the picture in a refusal ("photo", "picture").
 */
export async function redrawLineArt(
  input: RedrawSettings,
  picture: Buffer,
  { job, signal, progress, preview }: Pick<JobContext, "job" | "signal" | "progress" | "preview">,
  what = "photo",
): Promise<{ image: EngineImage; extra: EngineUsage; scene: string; prompt: string }> {
  // The model chosen when the job was queued, or its successor if OpenAI retired it since.
  const engine = getEngine("openai", { model: input.model, purpose: "page" });
  const userId = job.userId;
  await progress(3, "checking");
  const small = await sharp(picture).resize({ width: 1024, height: 1024, fit: "inside" }).jpeg({ quality: 85 }).toBuffer();
  const verdict = await engine.moderate?.({ image: small }, { signal, userId });
  if (verdict?.flagged) {
    const categories = verdict.categories.join(", ");
    throw new AppError("provider:photo_refused", `OpenAI's safety system refused this ${what}${categories ? ` (${categories})` : ""}. Please choose another ${what}.`, { categories: verdict.categories }, 422);
  }
  await progress(10, "describing");
  const description = await engine.describePhoto({ photo: small, ageGroup: input.ageGroup }, { signal, userId });
  const size = redrawRequestSize({ ...input, engine: "openai", model: engine.model });
  const prompt = buildColoringPrompt({
    scene: `Redraw the input ${what} as a coloring page, keeping its composition: ${description.text}`,
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
