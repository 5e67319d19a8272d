import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getRoute } from "@/app/api/books/[id]/route";
import { POST as pagesRoute } from "@/app/api/books/[id]/pages/route";
import { GET as batchRoute } from "@/app/api/batches/[id]/route";
import { POST as retryRoute } from "@/app/api/batches/[id]/retry/route";
import { POST as createScriptRoute } from "@/app/api/scripts/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import type { BookView } from "@/lib/books/view";
import { db } from "@/lib/db/client";
import { MAX_BOOK_PAGES } from "@/lib/shared/books/schema";
import type { BatchView } from "@/lib/shared/views";
import { addPages, createBook, cycle, makeOfflinePages } from "../support/book-fixtures";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { PHOTO_DESCRIPTION } from "../support/openai-server/text";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

// Offline scenes and 300-DPI traces take seconds each on a shared 2-core machine.
const DRAIN_MS = 240_000;
const SLOW = 300_000;
const LINES = ["0:00 A lighthouse on a cliff", "0:10 A boat in a storm", "0:20 The harbour at night", "0:30 A seagull on a post"];

let server: FakeOpenAI;
let alice: { id: string; token: string };
let bob: { id: string; token: string };
let script: { id: string; segments: Array<{ id: string; text: string }> };

const configure = () => configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_TIMEOUT_MS: "30000", OPENAI_PARTIAL_IMAGES: "0" } });
const addFromScript = (token: string, id: string, body: unknown) => call(pagesRoute, { method: "POST", token, params: { id }, body, path: `/api/books/${id}/pages` });
const viewBook = async (token: string, id: string) => (await (await call(getRoute, { token, params: { id } })).json()) as unknown as BookView;
const viewBatch = async (token: string, id: string) => (await (await call(batchRoute, { token, params: { id } })).json()) as unknown as BatchView;

/** A script whose scenes 1, 2 and 4 have a chosen (offline) image; scene 3 has none. */
async function illustratedScript(token: string) {
  const created = await call(createScriptRoute, { method: "POST", token, body: { title: "The coast", style: "cartoon", text: LINES.join("\n") } });
  expect(created.status).toBe(201);
  const made = (await created.json()) as typeof script;
  const segmentIds = [0, 1, 3].map((i) => made.segments[i]!.id);
  const res = await call(illustrateRoute, { method: "POST", token, params: { id: made.id }, body: { engine: "offline", segmentIds } });
  expect(res.status).toBe(202);
  await drainJobs({ concurrency: 2, perUser: 2 }, DRAIN_MS);
  return made;
}

beforeAll(async () => {
  server = await startFakeOpenAI({ latencyMs: 20 });
  configure();
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
  script = await illustratedScript(alice.token);
}, SLOW);
afterAll(async () => server.close());
beforeEach(() => {
  server.reset();
  configure();
});

describe("a book from a script", () => {
  it("traces each scene's chosen image offline, for free, in one batch, and places the pages in scene order", async () => {
    const [library] = await makeOfflinePages(alice.token, ["a crab on the beach"], { engine: "offline" });
    const book = await createBook(alice.token, { title: "The coast", trim: "a4" });
    await addPages(alice.token, book.id, [library!]);
    const res = await addFromScript(alice.token, book.id, { scriptId: script.id, engine: "offline", ageGroup: "3-5" });
    expect(res.status).toBe(202);
    const { batchId, jobIds, estimatedCostUsd } = (await res.json()) as { batchId: string; jobIds: string[]; estimatedCostUsd: number };
    expect(jobIds).toHaveLength(3);
    expect(estimatedCostUsd).toBe(0);
    expect(await db().batch.findUnique({ where: { id: batchId }, select: { bookId: true } })).toEqual({ bookId: book.id });

    await drainJobs({ concurrency: 2, perUser: 2 }, DRAIN_MS);
    expect(await viewBatch(alice.token, batchId)).toMatchObject({ status: "finished", counts: { total: 3, done: 3, failed: 0 }, costUsd: 0 });
    const made = await viewBook(alice.token, book.id);
    expect(made.pages.map((p) => p.imageId)[0]).toBe(library);
    expect(made.pages.slice(1).map((p) => p.image.title)).toEqual([0, 1, 3].map((i) => script.segments[i]!.text));
    const images = await db().image.findMany({ where: { id: { in: made.pages.slice(1).map((p) => p.imageId) } }, select: { kind: true, engine: true, model: true, options: true, printCheck: true, width: true, height: true } });
    for (const image of images) {
      expect(image).toMatchObject({ kind: "coloring", engine: "offline", model: "offline-trace" });
      expect(JSON.parse(image.options)).toMatchObject({ mode: "trace", paper: "a4", ageGroup: "3-5" });
      expect(JSON.parse(image.printCheck ?? "null")).toMatchObject({ ageGroup: "3-5" });
      expect(image.width).toBeLessThan(image.height);
    }
    // The scenes' pictures are left as they were: still the scenes' chosen images.
    const segments = await db().segment.findMany({ where: { scriptId: script.id }, orderBy: { position: "asc" }, select: { imageId: true } });
    expect(segments.filter((s) => s.imageId).length).toBe(3);
    expect(server.requests).toEqual([]);
  }, SLOW);

  it("answers 404 for another user's script or book and queues nothing", async () => {
    const mine = await createBook(bob.token, { title: "Bob's", trim: "letter" });
    const hers = await createBook(alice.token, { title: "Alice's", trim: "letter" });
    const before = await db().job.count();
    const foreign = await addFromScript(bob.token, mine.id, { scriptId: script.id, engine: "offline" });
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as { code: string }).code).toBe("not_found:script");
    expect((await addFromScript(bob.token, hers.id, { scriptId: script.id, engine: "offline" })).status).toBe(404);
    expect((await addFromScript(alice.token, hers.id, { scriptId: "no-such-script", engine: "offline" })).status).toBe(404);
    expect(await db().job.count()).toBe(before);
  });

  it("refuses a script with no chosen image (409) and bad options (400), queueing nothing", async () => {
    const created = await call(createScriptRoute, { method: "POST", token: alice.token, body: { title: "Bare", style: "cartoon", text: LINES.join("\n") } });
    const bare = (await created.json()) as { id: string };
    const book = await createBook(alice.token, { title: "Empty", trim: "letter" });
    const before = await db().job.count();
    const none = await addFromScript(alice.token, book.id, { scriptId: bare.id, engine: "offline" });
    expect(none.status).toBe(409);
    expect(await none.json()).toMatchObject({ code: "conflict:no_scene_images" });
    for (const detail of [0, 6]) expect((await addFromScript(alice.token, book.id, { scriptId: script.id, engine: "offline", detail })).status).toBe(400);
    expect((await addFromScript(alice.token, book.id, { scriptId: script.id, engine: "offline", imageIds: ["x"] })).status).toBe(400);
    expect((await addFromScript(alice.token, book.id, { scriptId: script.id, engine: "offline", model: "gpt-image-1" })).status).toBe(400);
    expect(await db().job.count()).toBe(before);
    expect(await db().batch.count({ where: { bookId: book.id } })).toBe(0);
    // Detail's limits themselves are taken.
    for (const detail of [1, 5]) expect((await addFromScript(alice.token, book.id, { scriptId: script.id, engine: "offline", detail })).status).toBe(202);
    await db().job.updateMany({ where: { userId: alice.id, status: "queued" }, data: { status: "canceled" } });
  });

  it("keeps to the book's page limit: the scenes fit exactly, one more page does not", async () => {
    const [page] = await makeOfflinePages(alice.token, ["a castle"], { engine: "offline" });
    const book = await createBook(alice.token, { title: "Full", trim: "letter" });
    // Room for exactly the script's three illustrated scenes.
    for (let added = 0; added < MAX_BOOK_PAGES - 3; added += 100) await addPages(alice.token, book.id, cycle([page!], Math.min(100, MAX_BOOK_PAGES - 3 - added)));
    const inside = await addFromScript(alice.token, book.id, { scriptId: script.id, engine: "offline" });
    expect(inside.status).toBe(202);
    await db().job.updateMany({ where: { userId: alice.id, status: "queued" }, data: { status: "canceled" } });
    await addPages(alice.token, book.id, [page!]);
    const over = await addFromScript(alice.token, book.id, { scriptId: script.id, engine: "offline" });
    expect(over.status).toBe(400);
    expect(await db().batch.count({ where: { bookId: book.id } })).toBe(1);
  }, SLOW);
});

describe("a book from a script with OpenAI", () => {
  it("refuses the whole set over the budget (402) and queues nothing", async () => {
    const user = await createTestUser("tight");
    const own = await illustratedScript(user.token);
    await db().user.update({ where: { id: user.id }, data: { budgetUsd: 0.01 } });
    const book = await createBook(user.token, { title: "Too dear", trim: "letter" });
    const res = await addFromScript(user.token, book.id, { scriptId: own.id, engine: "openai", quality: "high" });
    expect(res.status).toBe(402);
    expect(await db().batch.count({ where: { bookId: book.id } })).toBe(0);
    expect(await db().job.count({ where: { userId: user.id, batch: { bookId: book.id } } })).toBe(0);
  }, SLOW);

  it("redraws each scene as an edit of its picture, bills the batch, and a failed page is retried into its scene's place", async () => {
    const book = await createBook(alice.token, { title: "Coast in ink", trim: "letter" });
    // The first edit is refused by moderation (once): its page fails, the others are kept.
    server.fail({ kind: "moderation_blocked", categories: ["violence"] }, { path: "/v1/images/edits", times: 1 });
    const res = await addFromScript(alice.token, book.id, { scriptId: script.id, engine: "openai", quality: "low" });
    expect(res.status).toBe(202);
    const { batchId, estimatedCostUsd } = (await res.json()) as { batchId: string; estimatedCostUsd: number };
    expect(estimatedCostUsd).toBeGreaterThan(0);
    await drainJobs({ concurrency: 1, perUser: 1 }, DRAIN_MS);

    const first = await viewBatch(alice.token, batchId);
    expect(first.counts).toMatchObject({ total: 3, done: 2, failed: 1 });
    const sent = server.requests.filter((r) => r.path === "/v1/images/edits");
    expect(sent).toHaveLength(3);
    expect(sent.every((r) => r.valid)).toBe(true);
    // Each edit carries its scene's chosen picture (as a smaller PNG) and the coloring-page prompt.
    const chosen = await db().segment.findMany({ where: { scriptId: script.id, imageId: { not: null } }, select: { imageId: true } });
    for (const request of sent) {
      const body = request.body as Record<string, unknown>;
      const files = Object.values(body).flat().filter((v): v is { contentType: string } => typeof v === "object" && v !== null && "contentType" in v);
      expect(files.map((f) => f.contentType)).toEqual(["image/png"]);
      expect(String(body.prompt)).toContain("Redraw the input picture as a coloring page");
      expect(String(body.prompt)).toContain(PHOTO_DESCRIPTION);
    }
    expect(server.requests.filter((r) => r.path === "/v1/moderations").length).toBeGreaterThanOrEqual(3);
    expect(chosen).toHaveLength(3);

    const retried = await call(retryRoute, { method: "POST", token: alice.token, params: { id: batchId }, path: `/api/batches/${batchId}/retry` });
    expect(retried.status).toBe(202);
    await drainJobs({}, DRAIN_MS);
    const done = await viewBatch(alice.token, batchId);
    expect(done.counts).toMatchObject({ total: 3, done: 3, failed: 0 });
    const succeeded = await db().job.findMany({ where: { batchId, status: "succeeded" }, select: { costMicroUsd: true } });
    expect(succeeded.every((j) => j.costMicroUsd > 0)).toBe(true);
    // The blocked attempt counts too, at what was billed for it (its picture's description).
    const all = await db().job.findMany({ where: { batchId }, select: { costMicroUsd: true, status: true } });
    expect(all.find((j) => j.status === "failed")?.costMicroUsd ?? 0).toBeGreaterThan(0);
    expect(done.costUsd).toBeCloseTo(all.reduce((sum, j) => sum + j.costMicroUsd, 0) / 1_000_000, 6);
    const made = await viewBook(alice.token, book.id);
    expect(made.pages.map((p) => p.image.title)).toEqual([0, 1, 3].map((i) => script.segments[i]!.text));
    expect(made.pages.every((p) => p.image.engine === "openai")).toBe(true);
  }, SLOW);
});
