import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { meterBilledCalls } from "@/lib/billing/billed-calls";
import { reservedThisMonth } from "@/lib/billing/reservation";
import { startColoringPage } from "@/lib/coloring/start-page";
import { coloringRequestSchema } from "@/lib/coloring/schema";
import { db } from "@/lib/db/client";
import { getJob } from "@/lib/db/jobs";
import { getEngine } from "@/lib/images/engines";
import { cancelJobs } from "@/lib/jobs";
import { AttemptBilling } from "@/lib/jobs/attempt-billing";
import { claimJob, recoverStaleJobs } from "@/lib/jobs/transitions";
import { themeDescriptionCost } from "../support/description-cost";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";

// A job counts every provider call that was billed, over all its attempts, even when the job then
// fails, is canceled or loses its worker: each billed call is added to the job row right after it.
// What OpenAI never bills (a blocked prompt, a server error) adds nothing.

let server: FakeOpenAI;
let userId: string;

const ENV = { OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "0", OPENAI_TIMEOUT_MS: "300000", GLOBAL_MONTHLY_BUDGET_USD: "" };

beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(async () => server.close());
beforeEach(async () => {
  server.reset();
  configureEngine({ openaiUrl: server.url, extra: ENV });
  await db().job.deleteMany({});
  await db().image.deleteMany({});
  userId = (await createTestUser("billed")).id;
});

const reserved = () => db().$transaction((tx) => reservedThisMonth(tx, { userId }));
const request = (theme: string) => coloringRequestSchema.parse({ theme, engine: "openai", quality: "low", regenerate: true });
const queue = async (theme: string) => (await startColoringPage({ userId, request: request(theme) })).job.id;

const descriptionCost = (theme: string) => themeDescriptionCost(theme, userId);

/**
 * What a page made in one attempt is billed (its description and its image), read from a page
 * made. It stays in the user's spend counters: tests compare what they add to them afterwards.
 */
async function pageCost(theme: string): Promise<number> {
  const id = await queue(theme);
  await drainJobs({}, 120_000);
  const done = (await getJob(id))!;
  expect(done.status).toBe("succeeded");
  await db().job.delete({ where: { id } });
  server.reset();
  return done.costMicroUsd;
}

describe("a theme page whose image call fails after its description was billed", () => {
  it("a blocked image counts 0 for the image, and the description at its billed cost", async () => {
    const described = await descriptionCost("a battle of knights");
    server.reset();
    server.fail({ kind: "moderation_blocked", categories: ["violence"] }, { path: "/v1/images/generations" });
    const id = await queue("a battle of knights");
    await drainJobs({}, 120_000);
    expect(await getJob(id)).toMatchObject({ status: "failed", errorCode: "provider:moderation_blocked", costMicroUsd: described, billedMicroUsd: described });
    expect(await reserved()).toBe(described);
  });

  it("an image call that fails with a server error (retries used up) counts only the description", async () => {
    const described = await descriptionCost("a rocket");
    server.reset();
    server.fail({ kind: "server_error" }, { path: "/v1/images/generations" });
    const id = await queue("a rocket");
    await drainJobs({}, 120_000);
    expect(await getJob(id)).toMatchObject({ status: "failed", costMicroUsd: described });
    expect(await reserved()).toBe(described);
  });
});

describe("a job requeued after a billed call keeps what every attempt was billed", () => {
  it("a rate-limited image after a billed description: both descriptions and the image count", async () => {
    const described = await descriptionCost("a whale");
    const page = await pageCost("a whale");
    const before = await reserved();
    server.fail({ kind: "rate_limit", retryAfterSeconds: 0 }, { times: 1, path: "/v1/images/generations" });
    const id = await queue("a whale");
    await drainJobs({}, 120_000);
    const done = (await getJob(id))!;
    expect(done).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(done.costMicroUsd).toBe(page + described);
    expect((await reserved()) - before).toBe(page + described);
  });

  it("a finished image thrown away by a corrective retry that was then rate-limited still counts", async () => {
    const page = await pageCost("a house with a garden");
    const before = await reserved();
    // The first drawing fails its print check; its corrective edit is refused for the rate; the job
    // is requeued and its second attempt draws a clean page.
    server.fail({ kind: "hatched" }, { times: 1, path: "/v1/images/generations" });
    server.fail({ kind: "rate_limit", retryAfterSeconds: 0 }, { times: 1, path: "/v1/images/edits" });
    const id = await queue("a house with a garden");
    await drainJobs({}, 120_000);
    const done = (await getJob(id))!;
    expect(done).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(server.requests.filter((r) => r.path.startsWith("/v1/images/")).map((r) => r.path)).toEqual(["/v1/images/generations", "/v1/images/edits", "/v1/images/generations"]);
    expect(done.costMicroUsd).toBe(2 * page);
    expect((await reserved()) - before).toBe(2 * page);
  });
});

describe("a worker that dies after a billed call", () => {
  /** A worker claims the job, makes the description call (billed, reported as the runner does), then is gone. */
  async function lostAfterDescription(theme: string, workerId: string): Promise<string> {
    const id = await queue(theme);
    expect(await claimJob({ id, workerId, now: new Date(Date.now() - 120_000) })).toBe(true);
    const job = (await getJob(id))!;
    const billing = new AttemptBilling(job, workerId);
    await meterBilledCalls(billing.sink, () => getEngine("openai", { purpose: "page" }).describeTheme({ theme, ageGroup: request(theme).ageGroup }, { userId }));
    return id;
  }

  it("recovery fails the job at what it was billed, not 0", async () => {
    const described = await descriptionCost("a lighthouse");
    const id = await lostAfterDescription("a lighthouse", "lost-1");
    expect((await getJob(id))!.billedMicroUsd).toBe(described);
    expect(await recoverStaleJobs({ staleMs: 30_000, maxAttempts: 1 })).toEqual({ requeued: 0, failed: 1 });
    expect(await getJob(id)).toMatchObject({ status: "failed", errorCode: "unavailable:interrupted", costMicroUsd: described });
    expect(await reserved()).toBe(described);
  });

  it("a job recovered and run again counts the lost attempt's call too", async () => {
    const described = await descriptionCost("a sailing boat");
    const page = await pageCost("a sailing boat");
    const before = await reserved();
    const id = await lostAfterDescription("a sailing boat", "lost-2");
    expect(await recoverStaleJobs({ staleMs: 30_000, maxAttempts: 3 })).toEqual({ requeued: 1, failed: 0 });
    await drainJobs({}, 120_000);
    expect(await getJob(id)).toMatchObject({ status: "succeeded", costMicroUsd: described + page });
    expect((await reserved()) - before).toBe(described + page);
  });

  it("a canceled job counts what was billed before the cancel", async () => {
    const described = await descriptionCost("a windmill");
    const id = await lostAfterDescription("a windmill", "lost-3");
    expect(await cancelJobs({ userId, scope: { ids: [id] } })).toEqual([id]);
    expect(await getJob(id)).toMatchObject({ status: "canceled", costMicroUsd: described });
    expect(await reserved()).toBe(described);
  });
});
