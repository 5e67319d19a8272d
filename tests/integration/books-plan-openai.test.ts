import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteRoute, GET as getRoute } from "@/app/api/books/[id]/route";
import { POST as generateRoute } from "@/app/api/books/[id]/generate/route";
import { GET as batchRoute } from "@/app/api/batches/[id]/route";
import { planBookPages } from "@/lib/books/generate/plan-pages";
import { scenePlanKey } from "@/lib/books/generate/scene-plan";
import type { BookView } from "@/lib/books/view";
import { db } from "@/lib/db/client";
import { imageCostMicroUsd } from "@/lib/images/cost";
import { getEngine } from "@/lib/images/engines";
import { blobStore } from "@/lib/storage";
import { createBook } from "../support/book-fixtures";
import { themeDescriptionCost } from "../support/description-cost";
import { startFakeOpenAI, type FakeOpenAI, type RecordedRequest } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
const THEME = "a turtle in the ocean";
const PAGES = 4;
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

const isPlanRequest = (r: RecordedRequest) => r.path === "/v1/chat/completions" && JSON.stringify((r.body as Json | undefined)?.response_format ?? null).includes("book_scenes");
const promptOf = (r: RecordedRequest) => String((r.body as Json | undefined)?.prompt ?? "");
const imageRequests = () => server.requests.filter((r) => r.path === "/v1/images/generations" || r.path === "/v1/images/edits");

async function makeBook(name: string) {
  const user = await createTestUser(name);
  const book = await createBook(user.token, { title: "Turtle", trim: "letter" });
  const res = await call(generateRoute, { method: "POST", token: user.token, params: { id: book.id }, body: { theme: THEME, pages: PAGES, engine: "openai", quality: "low" }, path: `/api/books/${book.id}/generate` });
  expect(res.status).toBe(202);
  const { batchId } = (await res.json()) as { batchId: string };
  await drainJobs({ concurrency: 2, perUser: 2 }, 240_000);
  const batch = (await (await call(batchRoute, { token: user.token, params: { id: batchId } })).json()) as unknown as { costUsd: number; counts: { done: number } };
  const view = (await (await call(getRoute, { token: user.token, params: { id: book.id } })).json()) as unknown as BookView;
  return { user, batchId, batch, view };
}

describe("an OpenAI book's scenes planned by the text model", () => {
  it("plans once per batch, draws each page from its planned scene and counts the plan's cost in the first page", async () => {
    const { user, batchId, batch, view } = await makeBook("planned");
    const plans = server.requests.filter(isPlanRequest);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.valid).toBe(true);
    const format = (plans[0]!.body as Json).response_format as { json_schema: { schema: { properties: { scenes: { minItems: number; maxItems: number } } } } };
    expect(format.json_schema.schema.properties.scenes).toMatchObject({ minItems: PAGES, maxItems: PAGES });

    const stored = await blobStore().get(scenePlanKey(batchId));
    const { scenes } = JSON.parse(stored!.toString("utf8")) as { scenes: string[] };
    expect(scenes).toHaveLength(PAGES);
    expect(new Set(scenes).size).toBe(PAGES);
    expect(scenes.every((scene) => scene.includes("turtle"))).toBe(true);
    // The offline plan is not what was drawn.
    expect(scenes).not.toEqual(planBookPages({ theme: THEME, count: PAGES }).pages.map((p) => p.theme));

    expect(batch.counts.done).toBe(PAGES);
    expect(view.pages.map((p) => p.image.title)).toEqual(scenes);
    // Each image request's prompt carries its page's scene (the last scene is the most specific).
    const prompts = imageRequests().map(promptOf);
    for (const scene of scenes) expect(prompts.some((prompt) => prompt.includes(scene))).toBe(true);
    expect(prompts.filter((prompt) => prompt.includes(scenes[PAGES - 1]!))).toHaveLength(1);

    // The first page's job cost = its plan call + its description + its picture.
    const jobs = await db().job.findMany({ where: { batchId }, select: { costMicroUsd: true, input: true } });
    const first = jobs.find((j) => (JSON.parse(j.input) as { slot: number }).slot === 0)!;
    const firstImage = await db().image.findUniqueOrThrow({ where: { id: view.pages[0]!.imageId }, select: { costMicroUsd: true, model: true, inputTokens: true, outputTokens: true } });
    // The first page is a generation (no input image): all its input tokens are text.
    const drawing = imageCostMicroUsd(firstImage.model, { inputTextTokens: firstImage.inputTokens, inputImageTokens: 0, outputTokens: firstImage.outputTokens });
    const planCost = (await getEngine("openai", { purpose: "page" }).planScenes!({ theme: THEME, count: PAGES, character: planBookPages({ theme: THEME, count: PAGES }).character, ageGroup: "3-5" }, { userId: user.id })).usage.costMicroUsd;
    expect(planCost).toBeGreaterThan(0);
    expect(first.costMicroUsd).toBe(planCost + (await themeDescriptionCost(scenes[0]!, user.id)) + drawing);
    expect(firstImage.costMicroUsd).toBe(first.costMicroUsd);
    const sum = jobs.reduce((total, j) => total + j.costMicroUsd, 0);
    expect(batch.costUsd).toBeCloseTo(sum / 1_000_000, 6);

    // Deleting the book removes its stored plan: no file is left behind.
    expect((await call(deleteRoute, { method: "DELETE", token: user.token, params: { id: view.id } })).status).toBe(204);
    expect(await blobStore().get(scenePlanKey(batchId))).toBeNull();
  }, SLOW);

  it("falls back to the offline plan when the plan answer is unusable, and still makes the book", async () => {
    server.fail({ kind: "malformed" }, { path: "/v1/chat/completions", match: isPlanRequest });
    const { batchId, batch, view } = await makeBook("fallback");
    expect(server.requests.filter(isPlanRequest)).toHaveLength(1);
    expect(await blobStore().get(scenePlanKey(batchId))).toBeNull();
    expect(batch.counts.done).toBe(PAGES);
    expect(view.pages.map((p) => p.image.title)).toEqual(planBookPages({ theme: THEME, count: PAGES }).pages.map((p) => p.theme));
  }, SLOW);
});
