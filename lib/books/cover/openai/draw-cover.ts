import "server-only";
import { z } from "zod";
import { applyBookPatch, getBookOrThrow, listBookPages } from "@/lib/db/books";
import { AppError } from "@/lib/errors";
import { estimateCostMicroUsd } from "@/lib/images/cost";
import { isEngineAvailable } from "@/lib/images/engine-choice";
import { chooseImageModel } from "@/lib/images/model-choice";
import { imageModelOrThrow } from "@/lib/images/models";
import { chooseRequestSize } from "@/lib/images/size";
import { enqueueJobs, type JobDraft } from "@/lib/jobs";
import { isTrimId, KDP_RULES, trimInches } from "@/lib/shared/books/layout";
import { microToUsd } from "@/lib/shared/money";
import { AGE_GROUPS } from "@/lib/shared/options";
import type { BookBatchStarted } from "../../generate/generate";
import { planBookPages } from "../../generate/plan-pages";
import { getBookView, type BookView } from "../../view";
import { buildCoverPrompt } from "./prompt";
import { BOOK_COVER_KIND } from "./run-cover";
import type { BookCoverJobInput, DrawCoverRequest } from "./schema";

/** A cover job: its estimate is the image at its size, reserved when queued and settled on what OpenAI bills. */
export function bookCoverJob({ userId, input }: { userId: string; input: BookCoverJobInput }): JobDraft {
  const estimatedCostMicroUsd = estimateCostMicroUsd({ model: input.model, width: input.width, height: input.height, quality: input.quality, promptChars: buildCoverPrompt(input).length });
  return { userId, kind: BOOK_COVER_KIND, input, subject: "cover", engine: "openai", model: input.model, bypassCache: true, estimatedCostMicroUsd };
}

const ageGroupOf = (options: string | undefined) => (options ? z.object({ ageGroup: z.enum(AGE_GROUPS) }).safeParse(JSON.parse(options)).data?.ageGroup : undefined);

/**
 * Draws the book's front cover picture. With OpenAI (asked for, or by default when any of the
 * book's pages was made with it), one job in a batch owned by the book paints a colored picture of
 * its theme and main character, which becomes the cover picture when made (202). Offline, the
 * cover is the composed one: a chosen picture is let go and the book is answered (200).
 */
export async function drawBookCover({ id, userId, request }: { id: string; userId: string; request: DrawCoverRequest }): Promise<{ composed: BookView } | { started: BookBatchStarted }> {
  const book = await getBookOrThrow({ id, userId });
  const pages = await listBookPages({ bookId: id, userId });
  const engine = request.engine ?? (request.model || pages.some((p) => p.image.engine === "openai") ? "openai" : "offline");
  if (engine === "offline") {
    if (request.model) {
      const message = "Image models belong to the OpenAI engine; the offline cover is composed on this server.";
      throw new AppError("invalid:model", message, { fields: { model: message } });
    }
    await applyBookPatch({ id, userId, settings: { coverImageId: null } });
    return { composed: await getBookView({ id, userId }) };
  }
  if (!isEngineAvailable("openai")) {
    throw new AppError("invalid:engine", "The OpenAI engine is not configured on this server (OPENAI_API_KEY is not set).", { fields: { engine: "The OpenAI engine is not configured on this server." } });
  }
  const choice = chooseImageModel({ model: request.model, purpose: "scene", quality: request.quality });
  const theme = book.theme ?? pages[0]?.image.title ?? book.title;
  // The front panel with its bleed, as the cover PDF crops the picture.
  const trim = trimInches(isTrimId(book.trim) ? book.trim : "letter");
  const size = chooseRequestSize(imageModelOrThrow(choice.model), (trim.width + KDP_RULES.bleed) / (trim.height + 2 * KDP_RULES.bleed));
  const input: BookCoverJobInput = {
    bookId: id,
    theme,
    character: planBookPages({ theme, count: 1 }).character,
    ageGroup: ageGroupOf(pages[0]?.image.options),
    model: choice.model,
    ...(choice.requested !== choice.model ? { requestedModel: choice.requested } : {}),
    quality: choice.quality,
    width: size.width,
    height: size.height,
  };
  const { batchId, jobs, estimatedCostMicroUsd } = await enqueueJobs({ userId, batch: { owner: { bookId: id } }, plan: () => ({ jobs: [bookCoverJob({ userId, input })] }) });
  return { started: { batchId: batchId!, jobIds: jobs.map((job) => job.id), estimatedCostUsd: microToUsd(estimatedCostMicroUsd) } };
}
