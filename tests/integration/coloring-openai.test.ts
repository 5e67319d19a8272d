import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startColoringPage } from "@/lib/coloring/start-page";
import { coloringRequestSchema } from "@/lib/coloring/schema";
import { db } from "@/lib/db/client";
import { getJob } from "@/lib/db/jobs";
import { blobStore } from "@/lib/storage";
import { imageCostMicroUsd } from "@/lib/images/cost";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { themeDescriptionCost } from "../support/description-cost";
import { blobKeys, configureEngine, createTestUser, drainJobs } from "../support/harness";

let server: FakeOpenAI;
let userId: string;

beforeAll(async () => {
  server = await startFakeOpenAI();
  userId = (await createTestUser("openai")).id;
});
afterAll(async () => server.close());
beforeEach(async () => {
  server.reset();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "2", OPENAI_TIMEOUT_MS: "300000" } });
  await db().job.deleteMany({});
  await db().image.deleteMany({});
});

async function makePage(theme: string, extra: Record<string, unknown> = {}) {
  const request = coloringRequestSchema.parse({ theme, engine: "openai", quality: "low", ...extra });
  const { job, cached } = await startColoringPage({ userId, request });
  if (!cached) await drainJobs();
  return { job: (await getJob(job.id))!, cached };
}

const imageRequests = () => server.requests.filter((r) => r.path.startsWith("/v1/images/"));

describe("coloring page with the OpenAI engine", () => {
  it("expands the theme, draws it and stores a print-ready page with its exact cost", async () => {
    const { job } = await makePage("dinosaurs at the beach");
    expect(job.status).toBe("succeeded");
    expect(server.requests.every((r) => r.valid)).toBe(true);

    const chat = server.requests.find((r) => r.path === "/v1/chat/completions");
    expect(chat).toBeDefined();
    const generation = imageRequests()[0]!;
    const body = generation.body as Record<string, unknown>;
    expect(body.model).toBe("gpt-image-2.6-flare");
    expect(String(body.prompt)).toMatch(/black and white line drawing/i);
    expect(body.size).toMatch(/^\d+x\d+$/);

    const image = await db().image.findFirstOrThrow({ where: { id: job.imageIds[0] } });
    expect(image).toMatchObject({ userId, kind: "coloring", engine: "openai", model: "gpt-image-2.6-flare", width: 2550, height: 3300 });
    expect(image.outputTokens).toBeGreaterThan(0);
    expect(image.costMicroUsd).toBeGreaterThan(0);
    expect(job.costMicroUsd).toBe(image.costMicroUsd);
    const imageCost = imageCostMicroUsd("gpt-image-2.6-flare", {
      inputTextTokens: image.inputTokens,
      inputImageTokens: 0,
      outputTokens: image.outputTokens,
    });
    expect(image.costMicroUsd).toBeGreaterThanOrEqual(imageCost);

    const bytes = await blobStore().get(image.storageKey);
    const meta = await sharp(bytes!).metadata();
    expect([meta.width, meta.height, meta.density]).toEqual([2550, 3300, 300]);
  });

  it("streams partial previews and cleans them up", async () => {
    const { job } = await makePage("rocket in space");
    expect(job.status).toBe("succeeded");
    const body = imageRequests()[0]!.body as Record<string, unknown>;
    expect(body.stream).toBe(true);
    expect(body.partial_images).toBe(2);
    expect((await blobKeys()).filter((k) => k.startsWith("previews/"))).toEqual([]);
  });

  it("retries a 429 after its retry-after and succeeds", async () => {
    server.fail({ kind: "rate_limit", retryAfterSeconds: 1 }, { path: "/v1/images/generations" });
    const { job } = await makePage("a cat in a garden");
    expect(job.status).toBe("succeeded");
    expect(imageRequests()).toHaveLength(2);
    const gap = imageRequests()[1]!.at - imageRequests()[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(900);
  });

  it("fails clearly after repeated server errors, counting only the billed description, leaving nothing behind", async () => {
    server.fail({ kind: "server_error" }, { path: "/v1/images/generations", times: 10 });
    const before = await blobKeys();
    const { job } = await makePage("a farm with cows");
    expect(job.status).toBe("failed");
    expect(job.errorCode).toBe("provider:unavailable");
    // The image calls were never billed; the theme's description before them was.
    expect(job.costMicroUsd).toBe(await themeDescriptionCost("a farm with cows", job.userId));
    expect(job.imageIds).toEqual([]);
    expect(imageRequests()).toHaveLength(3); // the first try and OPENAI_MAX_RETRIES=2
    expect(await db().image.count()).toBe(0);
    expect(await blobKeys()).toEqual(before);
  });

  it("reports a moderation block with its categories, at no cost for the blocked image", async () => {
    server.fail({ kind: "moderation_blocked", categories: ["violence"] }, { path: "/v1/images/generations" });
    const { job } = await makePage("a scary battle");
    expect(job.status).toBe("failed");
    expect(job.errorCode).toBe("provider:moderation_blocked");
    expect(job.errorMessage).toMatch(/safety system/);
    expect(job.errorMessage).toContain("violence");
    expect(imageRequests()).toHaveLength(1);
    expect(job.costMicroUsd).toBe(await themeDescriptionCost("a scary battle", job.userId));
    expect(await db().image.count()).toBe(0);
  });

  it("names the variable to fix when the key is refused, without revealing it", async () => {
    configureEngine({ openaiUrl: server.url, apiKey: "sk-refused-in-test" });
    const { job } = await makePage("a castle");
    expect(job.status).toBe("failed");
    expect(job.errorCode).toBe("config:openai_key");
    expect(job.errorMessage).toContain("OPENAI_API_KEY");
    expect(job.errorMessage).not.toContain("sk-refused");
  });

  it("explains an organization that may not use the model", async () => {
    server.fail({ kind: "forbidden" }, { path: "/v1/images/generations" });
    const { job } = await makePage("a robot");
    expect(job.errorCode).toBe("config:openai_access");
    expect(job.errorMessage).toContain("OPENAI_IMAGE_MODEL");
  });

  it("times out a slow answer after the configured time", async () => {
    configureEngine({ openaiUrl: server.url, extra: { OPENAI_TIMEOUT_MS: "300", OPENAI_MAX_RETRIES: "0" } });
    server.fail({ kind: "slow", delayMs: 3000 }, { path: "/v1/images/generations" });
    const { job } = await makePage("a whale under the sea");
    expect(job.status).toBe("failed");
    expect(job.errorCode).toBe("provider:timeout");
    expect(job.errorMessage).toContain("OPENAI_TIMEOUT_MS");
    expect(job.costMicroUsd).toBe(await themeDescriptionCost("a whale under the sea", job.userId));
  });

  it("fails cleanly on a malformed answer", async () => {
    configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0" } });
    server.fail({ kind: "malformed" }, { path: "/v1/images/generations" });
    const { job } = await makePage("a bus in the city");
    expect(job.status).toBe("failed");
    expect(job.errorCode).toBe("provider:bad_response");
    expect(await db().image.count()).toBe(0);
  });

  it("handles answers that carry a url instead of base64", async () => {
    configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "0" } });
    server.fail({ kind: "url_response" }, { path: "/v1/images/generations" });
    const { job } = await makePage("a unicorn");
    delete process.env.OPENAI_PARTIAL_IMAGES;
    expect((imageRequests()[0]!.body as Record<string, unknown>).stream).toBeUndefined();
    expect(job.status).toBe("succeeded");
  });

  it("answers an identical request from the cache at no cost, and regenerates on demand", async () => {
    const first = await makePage("a penguin on ice");
    expect(first.job.status).toBe("succeeded");
    const calls = server.requests.length;

    const second = await makePage("a penguin on ice");
    expect(second.cached).toBe(true);
    expect(second.job.status).toBe("succeeded");
    expect(second.job.costMicroUsd).toBe(0);
    expect(second.job.imageIds).toEqual(first.job.imageIds);
    expect(server.requests.length).toBe(calls);

    const third = await makePage("a penguin on ice", { regenerate: true });
    expect(third.cached).toBe(false);
    expect(third.job.imageIds).not.toEqual(first.job.imageIds);
    expect(server.requests.length).toBeGreaterThan(calls);
  });

  it("refuses a paid page past the monthly budget", async () => {
    await db().user.update({ where: { id: userId }, data: { budgetUsd: 0.0001 } });
    const request = coloringRequestSchema.parse({ theme: "an expensive page", engine: "openai", quality: "high" });
    await expect(startColoringPage({ userId, request })).rejects.toMatchObject({ code: "budget:exceeded", status: 402 });
    await db().user.update({ where: { id: userId }, data: { budgetUsd: null } });
    expect(await db().job.count()).toBe(0);
  });
});
