import "server-only";
import { coloringModel, coloringRequestSize, estimateColoring } from "@/lib/coloring/plan";
import type { ColoringJobInput } from "@/lib/coloring/schema";
import { resolveColoringInput } from "@/lib/coloring/start-page";
import { getEnv } from "@/lib/env";
import { estimateCostMicroUsd } from "@/lib/images/cost";
import type { JobDraft } from "@/lib/jobs";
import type { AgeGroup, Quality } from "@/lib/shared/options";
import { BOOK_PAGE_KIND } from "./run-book-page";
import type { BookPageJobInput } from "./schema";

/** A book's pages are drawn on the paper nearest its trim (A4 for A4, Letter's shape otherwise), then re-fitted. */
export function paperForTrim(trim: string): "letter" | "a4" {
  return trim === "a4" ? "a4" : "letter";
}

/**
 * Settles engine, model and quality once for all of a book's pages, as a coloring page's are
 * (400 naming the field for an engine or model this server does not offer).
 */
export function settleBookPages({ trim, ageGroup, engine, model, quality }: { trim: string; ageGroup: AgeGroup; engine?: "openai" | "offline"; model?: string; quality: Quality }): ColoringJobInput {
  return resolveColoringInput({
    theme: "book",
    ageGroup,
    paper: paperForTrim(trim),
    orientation: "portrait",
    reference: false,
    title: false,
    // Book interiors are raster pages at 300 DPI; a vector page would only add the SVG author's cost.
    vector: false,
    quality,
    engine,
    model,
    regenerate: true,
  });
}

/**
 * The estimate of one page: a coloring page's drawing (a book page gets no corrective edit, so
 * none is reserved), plus the reference picture an OpenAI edit reads.
 */
export function estimateBookPage(input: ColoringJobInput, withReference: boolean): number {
  if (input.engine === "offline" || !withReference) {
    const page = estimateColoring(input);
    return page.totalMicroUsd - page.retryMicroUsd;
  }
  const size = coloringRequestSize(input);
  return estimateCostMicroUsd({ model: coloringModel(input), width: size.width, height: size.height, quality: input.quality, promptChars: 1000, textModel: getEnv().OPENAI_TEXT_MODEL, inputImages: 1 });
}

/** What a page's job is about in its batch: the page it redraws, or its planned slot (a retry takes the same). */
export function bookPageSubject(input: Pick<BookPageJobInput, "slot" | "replacePageId">): string {
  return input.replacePageId ? `page:${input.replacePageId}` : `slot:${input.slot}`;
}

/** One page's job: never answered from the cache, since the page must be placed in the book when it is made. */
export function bookPageJob({ userId, input, withReference }: { userId: string; input: BookPageJobInput; withReference: boolean }): JobDraft {
  return {
    userId,
    kind: BOOK_PAGE_KIND,
    input,
    subject: bookPageSubject(input),
    engine: input.engine,
    model: coloringModel(input),
    bypassCache: true,
    estimatedCostMicroUsd: estimateBookPage(input, withReference),
  };
}
