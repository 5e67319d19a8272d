import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getRoute } from "@/app/api/books/[id]/route";
import { POST as coverRoute } from "@/app/api/books/[id]/cover/route";
import { GET as previewRoute } from "@/app/api/books/[id]/cover-preview/route";
import { GET as exportRoute } from "@/app/api/books/[id]/export/route";
import { GET as batchRoute } from "@/app/api/batches/[id]/route";
import type { BookView } from "@/lib/books/view";
import { db } from "@/lib/db/client";
import type { BatchView } from "@/lib/shared/views";
import { addPages, createBook, cycle, makeOfflinePages } from "../support/book-fixtures";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

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

const drawCover = (token: string, id: string, body: unknown) => call(coverRoute, { method: "POST", token, params: { id }, body, path: `/api/books/${id}/cover` });
const viewBook = async (token: string, id: string) => (await (await call(getRoute, { token, params: { id } })).json()) as unknown as BookView;
const sha = (bytes: ArrayBuffer) => createHash("sha256").update(Buffer.from(bytes)).digest("hex");
async function preview(token: string, id: string) {
  const res = await call(previewRoute, { token, params: { id }, path: `/api/books/${id}/cover-preview?width=200` });
  expect(res.status).toBe(200);
  return sha(await res.response.arrayBuffer());
}
async function coverPdf(token: string, id: string) {
  const res = await call(exportRoute, { token, params: { id }, path: `/api/books/${id}/export?part=cover` });
  expect(res.status).toBe(200);
  return sha(await res.response.arrayBuffer());
}

/** A 24-page print-on-demand book about a turtle, its pages made with `engine`. */
async function podBook(token: string, engine: "offline" | "openai") {
  const [page] = await makeOfflinePages(token, ["a turtle in the ocean"], { engine, quality: "low" });
  const book = await createBook(token, { title: "Turtle", trim: "8.5x8.5", theme: "a turtle in the ocean", printOnDemand: { bleed: true, paper: "white" } });
  await addPages(token, book.id, cycle([page!], 24));
  return book;
}

describe("the OpenAI cover picture", () => {
  it("paints a colored picture of the theme by default for a book of OpenAI pages, bills it, and the cover uses it", async () => {
    const user = await createTestUser("cover");
    const book = await podBook(user.token, "openai");
    const composedPreview = await preview(user.token, book.id);
    const composedPdf = await coverPdf(user.token, book.id);
    server.reset();

    const res = await drawCover(user.token, book.id, { quality: "low" });
    expect(res.status).toBe(202);
    const { batchId, jobIds, estimatedCostUsd } = (await res.json()) as { batchId: string; jobIds: string[]; estimatedCostUsd: number };
    expect(jobIds).toHaveLength(1);
    expect(estimatedCostUsd).toBeGreaterThan(0);
    const queued = await db().job.findUniqueOrThrow({ where: { id: jobIds[0]! }, select: { estimatedCostMicroUsd: true } });
    expect(queued.estimatedCostMicroUsd).toBeGreaterThan(0);
    await drainJobs({}, 120_000);

    // One generation, with the colored cover prompt at a portrait size near the front panel's shape.
    const sent = server.requests.filter((r) => r.path === "/v1/images/generations");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.valid).toBe(true);
    const body = sent[0]!.body as { prompt: string; size?: string; quality?: string };
    expect(body.prompt).toContain("fully colored");
    expect(body.prompt).toContain("a turtle in the ocean");
    expect(body.prompt.toLowerCase()).not.toContain("coloring page");
    expect(body.quality).toBe("low");

    const job = await db().job.findUniqueOrThrow({ where: { id: jobIds[0]! }, select: { status: true, costMicroUsd: true, imageIds: true } });
    expect(job.status).toBe("succeeded");
    expect(job.costMicroUsd).toBeGreaterThan(0);
    const batch = (await (await call(batchRoute, { token: user.token, params: { id: batchId } })).json()) as unknown as BatchView;
    expect(batch.costUsd).toBeCloseTo(job.costMicroUsd / 1_000_000, 6);
    const [imageId] = JSON.parse(job.imageIds) as string[];
    const after = await viewBook(user.token, book.id);
    expect(after.coverImage?.id).toBe(imageId);
    expect(await db().image.findUniqueOrThrow({ where: { id: imageId! }, select: { kind: true, engine: true, costMicroUsd: true } })).toMatchObject({ kind: "scene", engine: "openai", costMicroUsd: job.costMicroUsd });
    expect(await preview(user.token, book.id)).not.toBe(composedPreview);
    expect(await coverPdf(user.token, book.id)).not.toBe(composedPdf);

    // Offline, the cover is the composed one again (the same picture for the same seed), and nothing is sent.
    server.reset();
    const composed = await drawCover(user.token, book.id, { engine: "offline" });
    expect(composed.status).toBe(200);
    expect(((await composed.json()) as unknown as BookView).coverImage).toBeNull();
    expect(await preview(user.token, book.id)).toBe(composedPreview);
    expect(server.requests).toEqual([]);
  }, SLOW);

  it("keeps the composed cover for an offline book unless OpenAI is asked for", async () => {
    const user = await createTestUser("offline-cover");
    const book = await podBook(user.token, "offline");
    const res = await drawCover(user.token, book.id, {});
    expect(res.status).toBe(200);
    expect(await db().job.count({ where: { userId: user.id, kind: "book-cover" } })).toBe(0);
    expect((await drawCover(user.token, book.id, { engine: "offline", model: "gpt-image-1" })).status).toBe(400);
    const asked = await drawCover(user.token, book.id, { engine: "openai", quality: "low" });
    expect(asked.status).toBe(202);
    await db().job.updateMany({ where: { userId: user.id, status: "queued" }, data: { status: "canceled" } });
  }, SLOW);

  it("refuses a cover over the budget (402) and another user's book (404), queueing nothing", async () => {
    const user = await createTestUser("cover-tight");
    const other = await createTestUser("cover-other");
    const book = await createBook(user.token, { title: "Dear", trim: "letter", theme: "a lion" });
    expect((await drawCover(other.token, book.id, { engine: "openai" })).status).toBe(404);
    await db().user.update({ where: { id: user.id }, data: { budgetUsd: 0.000001 } });
    const refused = await drawCover(user.token, book.id, { engine: "openai", quality: "high" });
    expect(refused.status).toBe(402);
    expect(await db().job.count({ where: { userId: { in: [user.id, other.id] } } })).toBe(0);
    expect(await db().batch.count({ where: { bookId: book.id } })).toBe(0);
  });
});
