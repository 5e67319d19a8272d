import "server-only";
import { getEngine } from "@/lib/images/engines";
import type { JobContext, JobKind, JobResult } from "@/lib/jobs";
import { buildCoverPrompt } from "./prompt";
import { bookCoverJobInputSchema } from "./schema";

export const BOOK_COVER_KIND = "book-cover";

/**
 * The job handler for a book's generated cover picture: the image model paints a colored
 * illustration of the book's theme and character; stored as a picture of the library, it becomes
 * the book's cover picture (the cover PDF crops it to the front panel) with the image, all or nothing.
 */
export async function runBookCoverJob({ job, signal, progress, preview }: JobContext): Promise<JobResult> {
  const input = bookCoverJobInputSchema.parse(JSON.parse(job.input));
  // The model chosen when the job was queued, or its successor if OpenAI retired it since.
  const engine = getEngine("openai", { model: input.model, purpose: "scene" });
  const prompt = buildCoverPrompt(input);
  await progress(10, "drawing");
  const image = await engine.generate(
    { purpose: "scene", text: input.theme, style: "cartoon", prompt, seed: 0, width: input.width, height: input.height, quality: input.quality },
    { signal, userId: job.userId, onProgress: (p) => void progress(10 + p * 0.85, "drawing"), onPartial: (png) => preview(png) },
  );
  return {
    images: [
      {
        png: image.png,
        width: image.width,
        height: image.height,
        kind: "scene",
        title: `Cover: ${input.theme}`.slice(0, 120),
        prompt,
        revisedPrompt: image.revisedPrompt,
        engine: "openai",
        model: image.model,
        // Scene-like options (no paper): a colored picture, not a page to color.
        options: { cover: true, bookId: input.bookId, theme: input.theme, character: input.character, quality: input.quality },
        usage: image.usage,
      },
    ],
    effects: [{ type: "setBookCover", bookId: input.bookId, image: 0 }],
  };
}

export const bookCoverJobKind: JobKind = { kind: BOOK_COVER_KIND, run: runBookCoverJob };
