import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getRoute } from "@/app/api/books/[id]/route";
import { POST as generateRoute } from "@/app/api/books/[id]/generate/route";
import { GET as batchRoute } from "@/app/api/batches/[id]/route";
import { scenePlanKey } from "@/lib/books/generate/scene-plan";
import type { BookView } from "@/lib/books/view";
import { db } from "@/lib/db/client";
import { microToUsd } from "@/lib/shared/money";
import { blobStore } from "@/lib/storage";
import { POST as regenerateRoute } from "@/app/api/books/[id]/pages/[pageId]/regenerate/route";
import { addPages, createBook, makeOfflinePages } from "../support/book-fixtures";
import { themeDescriptionCost } from "../support/description-cost";
import { startFakeOpenAI, type FakeOpenAI, type RecordedRequest } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
interface BatchJob {
  jobId: string;
  status: string;
  error: { code: string; message: string } | null;
  imageIds: string[];
  costUsd: number;
}
interface Batch {
  status: string;
  counts: { total: number; done: number; failed: number; canceled: number; remaining: number };
  costUsd: number;
  estimatedCostUsd: number;
  jobs: BatchJob[];
}

const THEME = "a turtle in the ocean";
const SLOW = 300_000;
let server: FakeOpenAI;

beforeAll(async () => {
  server = await startFakeOpenAI({ latencyMs: 50 });
});
afterAll(async () => server.close());
beforeEach(() => {
  server.reset();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_TIMEOUT_MS: "30000", OPENAI_PARTIAL_IMAGES: "0" } });
});

const promptOf = (r: RecordedRequest) => String((r.body as Json | undefined)?.prompt ?? "");
const generate = (token: string, id: string, body: unknown) => call(generateRoute, { method: "POST", token, params: { id }, body, path: `/api/books/${id}/generate` });

describe("a book from a theme with OpenAI", () => {
  it("refuses a book over the monthly budget and writes nothing", async () => {
    const user = await createTestUser("tight");
    await db().user.update({ where: { id: user.id }, data: { budgetUsd: 0.01 } });
    const book = await createBook(user.token, { title: "Too dear", trim: "letter" });
    const res = await generate(user.token, book.id, { theme: THEME, pages: 8, engine: "openai", quality: "high" });
    expect(res.status).toBe(402);
    expect(await db().job.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().batch.count({ where: { userId: user.id } })).toBe(0);
    const after = (await (await call(getRoute, { token: user.token, params: { id: book.id } })).json()) as unknown as BookView;
    expect(after).toMatchObject({ theme: null, pages: [] });
  });

  it("keeps the rest of the book when a page is rate limited and another blocked by moderation; the character's first page is the others' reference", async () => {
    const user = await createTestUser("openai-book");
    const book = await createBook(user.token, { title: "Turtle", trim: "letter" });
    // The text model plans the scenes; the fake server numbers them from the second on: "… (2)".
    server.fail({ kind: "moderation_blocked", categories: ["violence"] }, { path: "/v1/images/edits", match: (r) => promptOf(r).includes(" (4)") });
    server.fail({ kind: "rate_limit", retryAfterSeconds: 1 }, { path: "/v1/images/edits", times: 1, match: (r) => promptOf(r).includes(" (6)") });

    const res = await generate(user.token, book.id, { theme: THEME, pages: 8, engine: "openai", quality: "low" });
    expect(res.status).toBe(202);
    const { batchId, estimatedCostUsd } = (await res.json()) as { batchId: string; estimatedCostUsd: number };
    expect(estimatedCostUsd).toBeGreaterThan(0);
    await drainJobs({ concurrency: 3, perUser: 3 }, 240_000);
    const { scenes } = JSON.parse((await blobStore().get(scenePlanKey(batchId)))!.toString("utf8")) as { scenes: string[] };
    const blockedScene = scenes[3]!;
    expect(blockedScene).toContain(" (4)");

    const batch = (await (await call(batchRoute, { token: user.token, params: { id: batchId } })).json()) as unknown as Batch;
    expect(batch.jobs.filter((j) => j.status === "failed").map((j) => j.error?.code)).toEqual(["provider:moderation_blocked"]);
    expect(batch.counts).toEqual({ total: 8, done: 7, failed: 1, canceled: 0, remaining: 0 });
    const failed = batch.jobs.find((j) => j.status === "failed")!;
    expect(failed.error?.code).toBe("provider:moderation_blocked");
    // The blocked edit was billed nothing; the page's description before it was.
    expect(failed).toMatchObject({ costUsd: microToUsd(await themeDescriptionCost(blockedScene, user.id)), imageIds: [] });
    const billed = await db().job.findMany({ where: { batchId }, select: { costMicroUsd: true, status: true } });
    const sum = billed.reduce((total, j) => total + j.costMicroUsd, 0);
    expect(billed.filter((j) => j.status === "succeeded").every((j) => j.costMicroUsd > 0)).toBe(true);
    expect(batch.costUsd).toBeCloseTo(sum / 1_000_000, 6);

    // The first page is generated; every other page is an edit whose first image is the first page's.
    const generations = server.requests.filter((r) => r.path === "/v1/images/generations");
    const edits = server.requests.filter((r) => r.path === "/v1/images/edits");
    expect(generations).toHaveLength(1);
    expect(edits.length).toBe(7 + 1); // seven edits, one of them rate limited once and tried again
    expect(edits.every((r) => r.valid)).toBe(true);
    const after = (await (await call(getRoute, { token: user.token, params: { id: book.id } })).json()) as unknown as BookView;
    const first = await db().image.findUniqueOrThrow({ where: { id: after.pages[0]!.imageId }, select: { sha256: true } });
    const sentImages = edits.map((r) => Object.values(r.body as Json).flat().find((v): v is { sha256: string } => typeof v === "object" && v !== null && "sha256" in v));
    expect(sentImages.map((file) => file?.sha256)).toEqual(edits.map(() => first.sha256));

    expect(after.pages.map((p) => p.image.title)).toEqual(scenes.filter((_, i) => i !== 3));
  }, SLOW);

  it("draws a page again with the engine it was made with unless another is asked for; OpenAI redraws after the first page use the first as reference", async () => {
    const user = await createTestUser("again");
    const images = await makeOfflinePages(user.token, ["a fox in the forest", "a fox at the beach"], { engine: "offline" });
    const book = await createBook(user.token, { title: "Fox", trim: "letter" });
    const { pages } = await addPages(user.token, book.id, images);
    const again = async (pageId: string, body: Json) => {
      const res = await call(regenerateRoute, { method: "POST", token: user.token, params: { id: book.id, pageId }, body });
      expect(res.status).toBe(202);
      const { jobIds } = (await res.json()) as { jobIds: string[] };
      const job = await db().job.findUniqueOrThrow({ where: { id: jobIds[0]! }, select: { engine: true, input: true, estimatedCostMicroUsd: true } });
      return { ...job, input: JSON.parse(job.input) as { referenceImageId?: string; replacePageId: string } };
    };
    const offline = await again(pages[1]!.id, {});
    expect(offline).toMatchObject({ engine: "offline", estimatedCostMicroUsd: 0, input: { replacePageId: pages[1]!.id } });
    const paid = await again(pages[1]!.id, { engine: "openai", quality: "low" });
    expect(paid.engine).toBe("openai");
    expect(paid.estimatedCostMicroUsd).toBeGreaterThan(0);
    expect(paid.input.referenceImageId).toBe(images[0]);
    const first = await again(pages[0]!.id, { engine: "openai", quality: "low" });
    expect(first.input.referenceImageId).toBeUndefined();
    expect(first.estimatedCostMicroUsd).toBeLessThan(paid.estimatedCostMicroUsd);
    await db().job.updateMany({ where: { userId: user.id, status: "queued" }, data: { status: "canceled" } });
  }, SLOW);
});
