import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { getBookOrThrow, listBookPages } from "@/lib/db/books";
import { AppError } from "@/lib/errors";
import { enqueueJobs } from "@/lib/jobs";
import { AGE_GROUPS } from "@/lib/shared/options";
import { microToUsd } from "@/lib/shared/money";
import type { BookBatchStarted } from "./generate";
import { bookPageJob, settleBookPages } from "./page-jobs";
import { planBookPages } from "./plan-pages";
import type { RegeneratePageRequest } from "./schema";

/** The age group a page was made for, when its options say so. */
const ageGroupOf = (options: string) => z.object({ ageGroup: z.enum(AGE_GROUPS) }).safeParse(JSON.parse(options)).data?.ageGroup ?? "6-9";

/**
 * Draws a page of the book again from its scene (the page image's title), with a new layout seed
 * and the engine the page was drawn with (unless the request names one),
 * and puts the new image on the same page, in place, when it is made. With OpenAI a page after
 * the first is an edit of the book's first page, so its character keeps its look.
 */
export async function regenerateBookPage({ id, pageId, userId, request }: { id: string; pageId: string; userId: string; request: RegeneratePageRequest }): Promise<BookBatchStarted> {
  const book = await getBookOrThrow({ id, userId });
  const pages = await listBookPages({ bookId: id, userId });
  const index = pages.findIndex((page) => page.id === pageId);
  const page = pages[index];
  if (!page) throw new AppError("not_found:book_page", "This book has no such page.");
  // The engine the page was drawn with, unless another is asked for: a free page is not redrawn at a cost by default.
  const engine = request.engine ?? (request.model || page.image.engine === "openai" ? "openai" : "offline");
  const settled = settleBookPages({ trim: book.trim, ageGroup: ageGroupOf(page.image.options), ...request, engine });
  const theme = page.image.title;
  const withReference = settled.engine === "openai" && index > 0;
  const job = bookPageJob({
    userId,
    input: {
      ...settled,
      theme,
      seed: randomInt(0, 2_147_483_647),
      bookId: id,
      slot: page.position,
      replacePageId: page.id,
      character: planBookPages({ theme, count: 1 }).character,
      referenceImageId: withReference ? pages[0]!.imageId : undefined,
    },
    withReference,
  });
  const { batchId, jobs, estimatedCostMicroUsd } = await enqueueJobs({ userId, batch: { owner: { bookId: id } }, plan: () => ({ jobs: [job] }) });
  return { batchId: batchId!, jobIds: jobs.map((j) => j.id), estimatedCostUsd: microToUsd(estimatedCostMicroUsd) };
}
