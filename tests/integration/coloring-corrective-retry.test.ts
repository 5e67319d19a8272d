import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { estimateColoringRequest } from "@/lib/coloring/estimate";
import { startColoringPage } from "@/lib/coloring/start-page";
import { coloringEstimateSchema, coloringRequestSchema } from "@/lib/coloring/schema";
import { db } from "@/lib/db/client";
import { getJob } from "@/lib/db/jobs";
import { printCheckSchema } from "@/lib/images/print-check";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";

let server: FakeOpenAI;
let userId: string;

beforeAll(async () => {
  server = await startFakeOpenAI();
  userId = (await createTestUser("retry")).id;
});
afterAll(async () => server.close());
beforeEach(async () => {
  server.reset();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "0", OPENAI_TIMEOUT_MS: "300000" } });
  await db().job.deleteMany({});
  await db().image.deleteMany({});
});

async function makePage(theme: string) {
  const request = coloringRequestSchema.parse({ theme, engine: "openai", quality: "low", regenerate: true });
  const { job } = await startColoringPage({ userId, request });
  await drainJobs({}, 120_000);
  const done = (await getJob(job.id))!;
  expect(done.status).toBe("succeeded");
  const image = await db().image.findFirstOrThrow({ where: { id: done.imageIds[0] } });
  return { job: done, image, check: printCheckSchema.parse(JSON.parse(image.printCheck!)) };
}

const imagePaths = () => server.requests.filter((r) => r.path.startsWith("/v1/images/")).map((r) => r.path);

describe("the corrective retry of OpenAI pages", () => {
  it("makes no retry when the page passes its check", async () => {
    const { check } = await makePage("a house with a garden");
    expect(check.pass).toBe(true);
    expect(imagePaths()).toEqual(["/v1/images/generations"]);
  });

  it("edits a page that still fails after repair once, names what failed, keeps the better page and bills both calls", async () => {
    const clean = await makePage("a house with a garden");
    expect(imagePaths()).toEqual(["/v1/images/generations"]);
    server.reset();
    server.fail({ kind: "hatched" }, { times: 1, path: "/v1/images/generations" });
    const { job, image, check } = await makePage("a house with a garden");
    expect(imagePaths()).toEqual(["/v1/images/generations", "/v1/images/edits"]);
    const edit = server.requests.find((r) => r.path === "/v1/images/edits")!;
    expect(edit.valid).toBe(true);
    expect(String((edit.body as Record<string, unknown>).prompt)).toMatch(/not print-ready.*fewer tiny details, with larger shapes to color/s);
    // The edit drew a clean page: it is the one kept.
    expect(check.pass).toBe(true);
    // Both image calls are billed: twice the output tokens of a page made in one call.
    expect(image.outputTokens).toBe(2 * clean.image.outputTokens);
    expect(image.costMicroUsd).toBeGreaterThan(clean.image.costMicroUsd);
    expect(job.costMicroUsd).toBe(image.costMicroUsd);
  });

  it("keeps the first page, flagged, when the retry is no better, and still bills both", async () => {
    server.fail({ kind: "hatched" }, { times: 2 });
    const { image, check } = await makePage("a castle on a hill");
    expect(imagePaths()).toEqual(["/v1/images/generations", "/v1/images/edits"]);
    expect(check.pass).toBe(false);
    expect(check.items.areas.pass).toBe(false);
    expect(image.outputTokens).toBeGreaterThan(0);
    expect(image.revisedPrompt).not.toBeUndefined();
  });

  it("estimates up to the page plus one retry", () => {
    const estimate = estimateColoringRequest(coloringEstimateSchema.parse({ theme: "a castle", engine: "openai", quality: "low" }));
    expect(estimate.correctiveRetryUsd).toBeGreaterThan(0);
    expect(estimate.estimatedCostUsd).toBeGreaterThan(estimate.correctiveRetryUsd);
    const offline = estimateColoringRequest(coloringEstimateSchema.parse({ theme: "a castle", engine: "offline" }));
    expect([offline.estimatedCostUsd, offline.correctiveRetryUsd]).toEqual([0, 0]);
  });
});
