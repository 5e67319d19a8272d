import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as startPage } from "@/app/api/coloring-pages/route";
import { POST as estimateRoute } from "@/app/api/coloring-pages/estimate/route";
import { POST as photoPages } from "@/app/api/photo-pages/route";
import { getInstallationSpend, getMonthlySpend } from "@/lib/billing/budget";
import { reservedThisMonth } from "@/lib/billing/reservation";
import { db } from "@/lib/db/client";
import { getJob } from "@/lib/db/jobs";
import { AppError, withBilledCost } from "@/lib/errors";
import { cancelJobs, enqueueJobs, JobRunner, type JobDraft, type JobHandler } from "@/lib/jobs";
import { claimJob, completeJob, recoverStaleJobs, requeueJob } from "@/lib/jobs/transitions";
import { NO_USAGE } from "@/lib/images/engines/types";
import { themeDescriptionCost } from "../support/description-cost";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { blobKeys, configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

// The money rules end to end: a job's estimate is reserved in the spend counters in the
// transaction that queues it, and settled at what the provider billed in the transaction that
// ends it. The counters are what the caps are checked against and what Settings and Admin show.

let server: FakeOpenAI;

const ENV = { LIMIT_API_PER_MINUTE: "100000", LIMIT_API_BURST: "0", OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "0", GLOBAL_MONTHLY_BUDGET_USD: "" };

beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(async () => server.close());
beforeEach(() => {
  server.reset();
  configureEngine({ openaiUrl: server.url, extra: ENV });
});

const reserved = (userId?: string) => db().$transaction((tx) => reservedThisMonth(tx, { userId }));
const setBudget = (userId: string, micro: number) => db().user.update({ where: { id: userId }, data: { budgetUsd: micro / 1_000_000 } });

async function pageEstimate(token: string): Promise<number> {
  const res = await call(estimateRoute, { method: "POST", token, body: { theme: "a lighthouse", engine: "openai", quality: "low" } });
  const micro = Math.round(Number((await res.json()).estimatedCostUsd) * 1_000_000);
  expect(micro).toBeGreaterThan(0);
  return micro;
}

/** `count` different pages requested at once, as concurrent HTTP requests. */
async function burst(token: string, count: number, prefix: string) {
  const answers = await Promise.all(
    Array.from({ length: count }, (_v, i) => call(startPage, { method: "POST", token, body: { theme: `${prefix} number ${i}`, engine: "openai", quality: "low" } })),
  );
  return Promise.all(answers.map(async (a) => ({ status: a.status, body: await a.json() })));
}

describe("concurrent requests against the caps (SQLite)", () => {
  it("one user near the budget: exactly what fits is queued, the rest get 402 and nothing is written", async () => {
    const user = await createTestUser("racer");
    const estimate = await pageEstimate(user.token);
    await setBudget(user.id, 3 * estimate);
    const answers = await burst(user.token, 6, "inside");
    expect(answers.filter((a) => a.status === 202)).toHaveLength(3);
    const refused = answers.filter((a) => a.status !== 202);
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r).toMatchObject({ status: 402, body: { code: "budget:exceeded" } });
    expect(await db().job.count({ where: { userId: user.id } })).toBe(3);
    expect(await reserved(user.id)).toBe(3 * estimate);
    expect(await getMonthlySpend({ userId: user.id })).toMatchObject({ spentMicroUsd: 0, pendingMicroUsd: 3 * estimate });
  });

  it("one micro-dollar short of three pages queues only two", async () => {
    const user = await createTestUser("short");
    const estimate = await pageEstimate(user.token);
    await setBudget(user.id, 3 * estimate - 1);
    const answers = await burst(user.token, 4, "outside");
    expect(answers.filter((a) => a.status === 202)).toHaveLength(2);
    expect(answers.filter((a) => a.status === 402)).toHaveLength(2);
    expect(await db().job.count({ where: { userId: user.id } })).toBe(2);
    expect(await reserved(user.id)).toBe(2 * estimate);
  });

  it("two users against GLOBAL_MONTHLY_BUDGET_USD: the installation never goes past it", async () => {
    const [a, b] = [await createTestUser("global-a"), await createTestUser("global-b")];
    const estimate = await pageEstimate(a.token);
    const before = await getInstallationSpend();
    const used = before.spentMicroUsd + before.pendingMicroUsd;
    configureEngine({ openaiUrl: server.url, extra: { ...ENV, GLOBAL_MONTHLY_BUDGET_USD: String((used + 3 * estimate) / 1_000_000) } });
    const answers = (await Promise.all([burst(a.token, 3, "global a"), burst(b.token, 3, "global b")])).flat();
    expect(answers.filter((x) => x.status === 202)).toHaveLength(3);
    for (const r of answers.filter((x) => x.status !== 202)) expect(r).toMatchObject({ status: 402, body: { code: "budget:installation" } });
    expect(await reserved()).toBe(used + 3 * estimate);
    expect(await db().job.count({ where: { userId: { in: [a.id, b.id] } } })).toBe(3);
    const after = await getInstallationSpend();
    expect(after.spentMicroUsd + after.pendingMicroUsd).toBe(used + 3 * estimate);
  });

  it("checks the open-jobs cap in the same transaction: free work past LIMIT_OPEN_JOBS gets 429, nothing reserved", async () => {
    configureEngine({ extra: { ...ENV, LIMIT_OPEN_JOBS: "2" } });
    const user = await createTestUser("open-jobs");
    const answers = await Promise.all(Array.from({ length: 4 }, (_v, i) => call(startPage, { method: "POST", token: user.token, body: { theme: `free page ${i}` } })));
    expect(answers.map((a) => a.status).sort()).toEqual([202, 202, 429, 429]);
    expect(await db().job.count({ where: { userId: user.id } })).toBe(2);
    expect(await reserved(user.id)).toBe(0);
  });

  it("a refused photo page leaves no photo record and no file", async () => {
    const user = await createTestUser("photo");
    await setBudget(user.id, 0);
    const before = await blobKeys();
    const form = new FormData();
    const cat = fs.readFileSync(path.resolve("tests/fixtures/photos/cat-chelsea.jpg"));
    form.append("photo", new Blob([new Uint8Array(cat)], { type: "image/jpeg" }), "cat.jpg");
    form.append("mode", "redraw");
    const response = await photoPages(new Request("http://localhost/api/photo-pages", { method: "POST", body: form, headers: { authorization: `Bearer ${user.token}` } }), { params: Promise.resolve({}) });
    expect(response.status).toBe(402);
    expect(await response.json()).toMatchObject({ code: "budget:exceeded" });
    expect(await db().photo.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().job.count({ where: { userId: user.id } })).toBe(0);
    expect(await blobKeys()).toEqual(before);
  });
});

describe("settlement: a job ends counting what the provider billed", () => {
  let userId: string;
  beforeEach(async () => {
    // The runner below takes any queued job: those the requests above left are set aside.
    await db().job.updateMany({ where: { status: { in: ["queued", "running"] } }, data: { status: "canceled" } });
    userId = (await createTestUser("settle")).id;
  });

  const draft = (over: Partial<JobDraft> = {}): JobDraft => ({ userId, kind: "settle-test", input: {}, engine: "openai", model: "gpt-image-2", estimatedCostMicroUsd: 40_000, ...over });
  const queue = async (count = 1) => (await enqueueJobs({ userId, plan: () => ({ jobs: Array.from({ length: count }, () => draft()) }) })).jobs;

  async function run(handler: JobHandler): Promise<void> {
    const runner = new JobRunner({ concurrency: 1, perUser: 1, maxAttempts: 3, handlers: { "settle-test": handler }, pollMs: 20, rateLimitBackoffMs: 20 });
    await runner.start();
    for (let i = 0; i < 500; i++) {
      if ((await db().job.count({ where: { userId, status: { in: ["queued", "running"] } } })) === 0 && runner.activeCount === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await runner.stop();
  }

  const image = (costMicroUsd: number) => ({ png: Buffer.from("png"), width: 1, height: 1, kind: "coloring", title: "t", prompt: "p", engine: "openai", model: "gpt-image-2", options: {}, usage: { ...NO_USAGE, costMicroUsd } });

  it("a job that succeeds counts its billed cost instead of its estimate", async () => {
    await queue();
    expect(await reserved(userId)).toBe(40_000);
    await run(async () => ({ images: [image(33_000)], extraCostMicroUsd: 1_000 }));
    expect(await reserved(userId)).toBe(34_000);
    expect(await getMonthlySpend({ userId })).toMatchObject({ spentMicroUsd: 34_000, pendingMicroUsd: 0 });
  });

  it("a job that fails after a billed answer counts the billed cost", async () => {
    const [job] = await queue();
    await run(async () => {
      throw withBilledCost(new AppError("provider:bad_response", "unreadable"), 31_000);
    });
    expect(await getJob(job!.id)).toMatchObject({ status: "failed", errorCode: "provider:bad_response", costMicroUsd: 31_000 });
    expect(await reserved(userId)).toBe(31_000);
    expect(await getMonthlySpend({ userId })).toMatchObject({ spentMicroUsd: 31_000, pendingMicroUsd: 0 });
  });

  it("a job whose image could not be stored still counts what it was billed", async () => {
    const [job] = await queue();
    const before = await blobKeys();
    // An effect that names an image the job did not make: the storing transaction fails after the call was billed.
    await run(async () => ({ images: [image(28_000)], effects: [{ type: "chooseSegmentImage", segmentId: "none", image: 5 }] }));
    expect(await getJob(job!.id)).toMatchObject({ status: "failed", errorCode: "internal:job", costMicroUsd: 28_000 });
    expect(await reserved(userId)).toBe(28_000);
    expect(await blobKeys()).toEqual(before);
  });

  it("a job canceled while its image was made counts the image it threw away; a plain cancel frees the estimate", async () => {
    const [kept, thrown] = await queue(2);
    await cancelJobs({ userId, scope: { ids: [kept!.id] } });
    expect(await reserved(userId)).toBe(40_000);
    const before = await blobKeys();
    await run(async ({ job }) => {
      await cancelJobs({ userId, scope: { ids: [job.id] } });
      return { images: [image(25_000)] };
    });
    expect(await getJob(thrown!.id)).toMatchObject({ status: "canceled", costMicroUsd: 25_000 });
    expect(await getJob(kept!.id)).toMatchObject({ status: "canceled", costMicroUsd: 0 });
    expect(await reserved(userId)).toBe(25_000);
    expect(await blobKeys()).toEqual(before);
  });

  it("a retried job keeps one reservation until it ends", async () => {
    const [job] = await queue();
    expect(await claimJob({ id: job!.id, workerId: "w" })).toBe(true);
    expect(await requeueJob({ id: job!.id, workerId: "w", runAfter: new Date(), stage: "rate_limited" })).toBe(true);
    expect(await reserved(userId)).toBe(40_000);
    expect(await claimJob({ id: job!.id, workerId: "w" })).toBe(true);
    expect(await reserved(userId)).toBe(40_000);
    expect(await completeJob(db(), { job: job!, workerId: "w", imageIds: [], costMicroUsd: 36_000 })).toBe(true);
    expect(await reserved(userId)).toBe(36_000);
    // A second completion of the same job changes nothing: it settles once.
    expect(await completeJob(db(), { job: job!, workerId: "w", imageIds: [], costMicroUsd: 36_000 })).toBe(false);
    expect(await reserved(userId)).toBe(36_000);
  });

  it("a rate-limited attempt requeued by the runner, then billed, counts only the billed cost", async () => {
    await queue();
    let attempts = 0;
    await run(async () => {
      attempts += 1;
      if (attempts === 1) throw new AppError("rate_limited:provider", "slow down");
      return { images: [image(37_000)] };
    });
    expect(attempts).toBe(2);
    expect(await reserved(userId)).toBe(37_000);
  });

  it("recovery after a crash keeps the reservation of a requeued job and frees the one it fails", async () => {
    const [requeued, failed] = await queue(2);
    for (const job of [requeued!, failed!]) await claimJob({ id: job.id, workerId: "gone", now: new Date(Date.now() - 60_000) });
    await db().job.update({ where: { id: failed!.id }, data: { attempts: 5 } });
    expect(await recoverStaleJobs({ staleMs: 30_000, maxAttempts: 3 })).toEqual({ requeued: 1, failed: 1 });
    expect(await getJob(failed!.id)).toMatchObject({ status: "failed", errorCode: "unavailable:interrupted", costMicroUsd: 0 });
    expect((await getJob(requeued!.id))!.status).toBe("queued");
    expect(await reserved(userId)).toBe(40_000);
  });
});

describe("the OpenAI engine's costs", () => {
  it("a moderation-blocked image counts 0, its billed description counts; a page made counts its billed cost", async () => {
    const user = await createTestUser("moderated");
    // The description the page's job makes first: a text call that is billed whatever the image does next.
    const described = await themeDescriptionCost("a battle", user.id);
    server.reset();
    server.fail({ kind: "moderation_blocked", categories: ["violence"] }, { path: "/v1/images/generations" });
    const blocked = await call(startPage, { method: "POST", token: user.token, body: { theme: "a battle", engine: "openai", quality: "low" } });
    expect(blocked.status).toBe(202);
    await drainJobs();
    const job = await getJob(String((await blocked.json()).jobId));
    expect(job).toMatchObject({ status: "failed", errorCode: "provider:moderation_blocked", costMicroUsd: described });
    expect(await reserved(user.id)).toBe(described);
    server.reset();

    const made = await call(startPage, { method: "POST", token: user.token, body: { theme: "a garden", engine: "openai", quality: "low" } });
    await drainJobs();
    const done = await getJob(String((await made.json()).jobId));
    expect(done!.status).toBe("succeeded");
    expect(done!.costMicroUsd).toBeGreaterThan(0);
    expect(await reserved(user.id)).toBe(described + done!.costMicroUsd);
    expect(await getMonthlySpend({ userId: user.id })).toMatchObject({ spentMicroUsd: described + done!.costMicroUsd, pendingMicroUsd: 0 });
  });
});
