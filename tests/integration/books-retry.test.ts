import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getRoute } from "@/app/api/books/[id]/route";
import { POST as generateRoute } from "@/app/api/books/[id]/generate/route";
import { POST as retryRoute } from "@/app/api/batches/[id]/retry/route";
import { estimateBookPage } from "@/lib/books/generate/page-jobs";
import { planBookPages } from "@/lib/books/generate/plan-pages";
import { scenePlanKey } from "@/lib/books/generate/scene-plan";
import { bookPageJobInputSchema } from "@/lib/books/generate/schema";
import type { BookView } from "@/lib/books/view";
import { db } from "@/lib/db/client";
import type { BatchView } from "@/lib/shared/views";
import { blobStore } from "@/lib/storage";
import { createBook } from "../support/book-fixtures";
import { startFakeOpenAI, type FakeOpenAI, type RecordedRequest } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

const THEME = "a turtle in the ocean";
const SLOW = 300_000;
let server: FakeOpenAI;

beforeAll(async () => {
  server = await startFakeOpenAI({ latencyMs: 20 });
});
afterAll(async () => server.close());
beforeEach(() => {
  server.reset();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_TIMEOUT_MS: "30000", OPENAI_PARTIAL_IMAGES: "0" } });
});

const promptOf = (r: RecordedRequest) => String((r.body as Record<string, unknown> | undefined)?.prompt ?? "");
const imageRequests = () => server.requests.filter((r) => r.path === "/v1/images/generations" || r.path === "/v1/images/edits");
const retry = (token: string, id: string) => call(retryRoute, { method: "POST", token, params: { id }, path: `/api/batches/${id}/retry` });
const viewBook = async (token: string, id: string) => (await (await call(getRoute, { token, params: { id } })).json()) as unknown as BookView;

/** A three-page OpenAI book whose second page is blocked by moderation once. */
async function bookWithBlockedPage(name: string) {
  const user = await createTestUser(name);
  const book = await createBook(user.token, { title: "Turtle", trim: "letter" });
  const plan = planBookPages({ theme: THEME, count: 3 });
  // The text model plans the scenes; the fake server numbers them from the second on: "… (2)".
  server.fail({ kind: "moderation_blocked", categories: ["violence"] }, { path: "/v1/images/edits", times: 1, match: (r) => promptOf(r).includes(" (2)") });
  const res = await call(generateRoute, { method: "POST", token: user.token, params: { id: book.id }, body: { theme: THEME, pages: 3, engine: "openai", quality: "low" } });
  expect(res.status).toBe(202);
  const { batchId } = (await res.json()) as { batchId: string };
  await drainJobs({ concurrency: 2, perUser: 2 }, 120_000);
  const { scenes } = JSON.parse((await blobStore().get(scenePlanKey(batchId)))!.toString("utf8")) as { scenes: string[] };
  return { user, book, plan, scenes, batchId };
}

describe("retrying a book's failed pages", () => {
  it("queues only the blocked page again, with its budget reserved, and places it in its planned slot", async () => {
    const { user, book, plan, scenes, batchId } = await bookWithBlockedPage("book-retry");
    const before = await viewBook(user.token, book.id);
    expect(before.pages.map((p) => p.image.title)).toEqual([scenes[0], scenes[2]]);
    // The finished batch with a failure stays listed, so the editor can offer to retry it.
    expect(before.batches.map((b) => ({ id: b.id, bookId: b.bookId, status: b.status, counts: b.counts }))).toEqual([
      { id: batchId, bookId: book.id, status: "finished", counts: { total: 3, done: 2, failed: 1, canceled: 0, remaining: 0 } },
    ]);
    const estimateBefore = (await db().batch.findUniqueOrThrow({ where: { id: batchId } })).estimatedCostMicroUsd;
    const requestsBefore = imageRequests().length;

    // Two retries at once: the page is queued again once, the other retry finds it busy.
    const answers = await Promise.all([retry(user.token, batchId), retry(user.token, batchId)]);
    expect(answers.map((a) => a.status).sort()).toEqual([202, 409]);
    const res = answers.find((a) => a.status === 202)!;
    const view = (await res.json()) as unknown as BatchView;
    expect(view).toMatchObject({ id: batchId, bookId: book.id, status: "running", counts: { total: 3, done: 2, failed: 0, remaining: 1 } });
    const queued = await db().job.findMany({ where: { batchId, status: "queued" }, select: { input: true, subject: true, estimatedCostMicroUsd: true } });
    expect(queued).toHaveLength(1);
    expect(queued[0]!.subject).toBe("slot:1");
    expect(JSON.parse(queued[0]!.input)).toMatchObject({ slot: 1, theme: plan.pages[1]!.theme, bookId: book.id });
    expect(queued[0]!.estimatedCostMicroUsd).toBeGreaterThan(0);
    const batchAfter = await db().batch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batchAfter.estimatedCostMicroUsd).toBe(estimateBefore + queued[0]!.estimatedCostMicroUsd);
    // A second retry while the page is queued again queues nothing; the book lists the batch as running.
    expect((await retry(user.token, batchId)).status).toBe(409);
    expect((await viewBook(user.token, book.id)).batches.map((b) => [b.id, b.status, b.counts.remaining])).toEqual([[batchId, "running", 1]]);

    await drainJobs({ concurrency: 2, perUser: 2 }, 120_000);
    const redrawn = imageRequests().slice(requestsBefore);
    expect(redrawn).toHaveLength(1);
    expect(redrawn[0]!.path).toBe("/v1/images/edits");
    expect(promptOf(redrawn[0]!)).toContain(scenes[1]);
    const after = await viewBook(user.token, book.id);
    expect(after.pages.map((p) => p.image.title)).toEqual(scenes);
    expect(after.pages.map((p) => p.position)).toEqual([0, 1, 2]);
    // Nothing failed is left: the batch leaves the book's list, and another retry is refused.
    expect(after.batches).toEqual([]);
    const done = await retry(user.token, batchId);
    expect(done.status).toBe(409);
    expect(await done.json()).toMatchObject({ code: "conflict:nothing_to_retry" });
  }, SLOW);

  it("refuses a retry over the monthly budget and queues nothing; another user's batch is not found", async () => {
    const { user, book, batchId } = await bookWithBlockedPage("book-retry-budget");
    const failed = await db().job.findFirstOrThrow({ where: { batchId, status: "failed" }, select: { input: true } });
    const estimate = estimateBookPage(bookPageJobInputSchema.parse(JSON.parse(failed.input)), true);
    const counter = await db().spendCounter.findFirstOrThrow({ where: { scope: `user:${user.id}` }, select: { reservedMicroUsd: true } });
    const fits = Number(counter.reservedMicroUsd) + estimate;
    // One micro-dollar short of what the retried page needs: refused.
    await db().user.update({ where: { id: user.id }, data: { budgetUsd: (fits - 1) / 1_000_000 } });
    const refused = await retry(user.token, batchId);
    expect(refused.status).toBe(402);
    expect(await db().job.count({ where: { batchId, status: "queued" } })).toBe(0);
    expect((await viewBook(user.token, book.id)).batches.map((b) => b.counts.failed)).toEqual([1]);

    const other = await createTestUser("book-retry-other");
    const foreign = await retry(other.token, batchId);
    expect(foreign.status).toBe(404);
    expect(await db().job.count({ where: { batchId, status: "queued" } })).toBe(0);
    expect((await call(getRoute, { token: other.token, params: { id: book.id } })).status).toBe(404);

    // Exactly what it needs: queued, with that estimate reserved.
    await db().user.update({ where: { id: user.id }, data: { budgetUsd: fits / 1_000_000 } });
    expect((await retry(user.token, batchId)).status).toBe(202);
    expect(await db().job.findMany({ where: { batchId, status: "queued" }, select: { estimatedCostMicroUsd: true } })).toEqual([{ estimatedCostMicroUsd: estimate }]);
    await db().job.updateMany({ where: { batchId, status: "queued" }, data: { status: "canceled" } });
  }, SLOW);
});
