import "server-only";
import { countBookPages, getBookOrThrow } from "@/lib/db/books";
import { getScriptOrThrow, listSegments } from "@/lib/db/scripts";
import { AppError } from "@/lib/errors";
import { isEngineAvailable } from "@/lib/images/engine-choice";
import { chooseImageModel } from "@/lib/images/model-choice";
import { enqueueJobs } from "@/lib/jobs";
import { MAX_BOOK_PAGES } from "@/lib/shared/books/schema";
import { microToUsd } from "@/lib/shared/money";
import type { BookBatchStarted } from "../generate/generate";
import { paperForTrim } from "../generate/page-jobs";
import { scenePagesOf } from "./scene-pages";
import { bookScriptPageJob } from "./script-page-jobs";
import type { AddScriptPages, BookScriptPageJobInput } from "./schema";

type Settled = Pick<BookScriptPageJobInput, "engine" | "model" | "requestedModel" | "quality">;

/** Engine and model for all of the script's pages: offline unless OpenAI (or a model) is asked for. */
function settleEngine(request: AddScriptPages): Settled {
  const engine = request.engine ?? (request.model ? "openai" : "offline");
  if (!isEngineAvailable(engine)) {
    throw new AppError("invalid:engine", "The OpenAI engine is not configured on this server (OPENAI_API_KEY is not set).", {
      fields: { engine: "The OpenAI engine is not configured on this server." },
    });
  }
  if (engine === "offline") {
    if (request.model) {
      const message = "Image models belong to the OpenAI engine; offline pages are traced on this server.";
      throw new AppError("invalid:model", message, { fields: { model: message } });
    }
    return { engine, quality: request.quality };
  }
  const choice = chooseImageModel({ model: request.model, purpose: "page", quality: request.quality });
  return { engine, model: choice.model, quality: choice.quality, ...(choice.requested !== choice.model ? { requestedModel: choice.requested } : {}) };
}

/**
 * Makes a coloring page of each scene of the user's script that has a chosen image, one job each
 * in one batch owned by the book; each page joins the book at its scene's place when it is made.
 * Another user's script is a 404; a script with no chosen image is a 409. The whole batch's
 * estimate is checked against the budget in the transaction that queues it (402 queues nothing).
 */
export async function addScriptPages({ id, userId, request }: { id: string; userId: string; request: AddScriptPages }): Promise<BookBatchStarted> {
  const book = await getBookOrThrow({ id, userId });
  const script = await getScriptOrThrow({ id: request.scriptId, userId });
  const scenes = scenePagesOf(await listSegments({ scriptId: script.id }));
  if (scenes.length === 0) {
    throw new AppError("conflict:no_scene_images", "None of this script's scenes has a chosen image yet. Illustrate the script first.", { scriptId: script.id });
  }
  const existing = await countBookPages({ bookId: id });
  if (existing + scenes.length > MAX_BOOK_PAGES) {
    const message = `A book can have at most ${MAX_BOOK_PAGES} pages; this one has ${existing} and the script has ${scenes.length} illustrated scenes.`;
    throw new AppError("invalid:page_count", message, { fields: { scriptId: `At most ${MAX_BOOK_PAGES - existing} more pages.` } });
  }
  const settled = settleEngine(request);
  const common = { ...settled, bookId: id, ageGroup: request.ageGroup, detail: request.detail, paper: paperForTrim(book.trim), orientation: "portrait" as const, simplifyBackground: true };
  const jobs = scenes.map((scene) => bookScriptPageJob({ userId, input: { ...common, ...scene } }));
  const { batchId, jobs: queued, estimatedCostMicroUsd } = await enqueueJobs({ userId, batch: { owner: { bookId: id } }, plan: () => ({ jobs }) });
  return { batchId: batchId!, jobIds: queued.map((job) => job.id), estimatedCostUsd: microToUsd(estimatedCostMicroUsd) };
}
