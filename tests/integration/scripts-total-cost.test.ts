import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/scripts/route";
import { GET as getScriptRoute } from "@/app/api/scripts/[id]/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { POST as editRoute } from "@/app/api/images/[id]/edits/route";
import { POST as variationsRoute } from "@/app/api/images/[id]/variations/route";
import { spendMonth } from "@/lib/billing/budget-rules";
import { db } from "@/lib/db/client";
import { AppError, withBilledCost } from "@/lib/errors";
import { enqueueJobs, JobRunner, type JobDraft, type JobHandler } from "@/lib/jobs";
import { readMonthlySpend } from "@/lib/db/spend";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

// The script's "Total cost" is every billed job of the script — its batch, and the variations
// and edits of its segments, failed ones the provider billed included — the same jobs the
// spend report counts.

let server: FakeOpenAI;
let carol: { id: string; token: string };
let dave: { id: string; token: string };

beforeAll(async () => {
  server = await startFakeOpenAI();
  carol = await createTestUser("carol-total");
  dave = await createTestUser("dave-total");
});
afterAll(async () => server.close());
beforeEach(() => {
  server.reset();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "0" } });
});

const micro = (usd: number) => Math.round(usd * 1_000_000);

async function scriptCost(scriptId: string, token: string): Promise<{ status: number; costUsd?: number; batch?: { costUsd: number } }> {
  const res = await call(getScriptRoute, { token, params: { id: scriptId } });
  return { status: res.status, ...((await res.json()) as { costUsd?: number; batch?: { costUsd: number } }) };
}

async function postEdit(imageId: string, prompt: string, token: string) {
  const form = new FormData();
  form.set("prompt", prompt);
  const request = new Request(`http://localhost/api/images/${imageId}/edits`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  return editRoute(request, { params: Promise.resolve({ id: imageId }) });
}

/**
 * A job of the segment that fails after the provider billed it, queued and settled the way every
 * job is (reserved in the spend counters, then settled at the billed cost).
 */
async function failBilled(userId: string, segmentId: string, billedMicroUsd: number): Promise<void> {
  const draft: JobDraft = { userId, kind: "billed-failure-test", input: {}, engine: "openai", model: "gpt-image-2", estimatedCostMicroUsd: 40_000, segmentId };
  await enqueueJobs({ userId, plan: () => ({ jobs: [draft] }) });
  const handler: JobHandler = async () => {
    throw withBilledCost(new AppError("provider:bad_response", "unreadable"), billedMicroUsd);
  };
  const runner = new JobRunner({ concurrency: 1, perUser: 1, maxAttempts: 1, handlers: { "billed-failure-test": handler }, pollMs: 20, rateLimitBackoffMs: 20 });
  await runner.start();
  for (let i = 0; i < 500; i++) {
    if ((await db().job.count({ where: { userId, status: { in: ["queued", "running"] } } })) === 0 && runner.activeCount === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await runner.stop();
  expect(await db().job.count({ where: { userId, kind: "billed-failure-test", status: "failed", costMicroUsd: billedMicroUsd } })).toBe(1);
}

describe("a script's total cost", () => {
  it("counts the batch, variations, edits and billed failures, as the spend report does", async () => {
    const created = await call(createRoute, { method: "POST", token: carol.token, body: { title: "Total", style: "cartoon", text: "0:00 A red fox in the snow\n0:10 A heron by a lake" } });
    const script = (await created.json()) as { id: string; segments: Array<{ id: string }> };
    expect((await call(illustrateRoute, { method: "POST", token: carol.token, params: { id: script.id }, body: { engine: "openai", quality: "low" } })).status).toBe(202);
    await drainJobs();
    const afterBatch = await scriptCost(script.id, carol.token);
    expect(afterBatch.batch!.costUsd).toBeGreaterThan(0);
    expect(afterBatch.costUsd).toBeCloseTo(afterBatch.batch!.costUsd, 6);

    const segmentId = script.segments[0]!.id;
    const image = await db().image.findFirstOrThrow({ where: { segmentId }, select: { id: true } });
    expect((await call(variationsRoute, { method: "POST", token: carol.token, params: { id: image.id }, body: { count: 2 } })).status).toBe(202);
    expect((await postEdit(image.id, "Give the fox a green scarf", carol.token)).status).toBe(202);
    await drainJobs();
    await failBilled(carol.id, segmentId, 7_000);

    const jobs = await db().job.findMany({ where: { userId: carol.id }, select: { kind: true, costMicroUsd: true, segmentId: true, batchId: true } });
    expect(new Set(jobs.map((j) => j.kind))).toEqual(new Set(["scene", "variation", "edit", "billed-failure-test"]));
    const billed = jobs.reduce((sum, j) => sum + j.costMicroUsd, 0);
    const total = await scriptCost(script.id, carol.token);
    expect(micro(total.costUsd!)).toBe(billed);
    expect(total.costUsd!).toBeGreaterThan(afterBatch.costUsd! + 0.007 - 1e-9);
    // The batch alone still says what the batch cost; the total is more.
    expect(total.batch!.costUsd).toBeCloseTo(afterBatch.batch!.costUsd, 6);
    const report = await readMonthlySpend({ userId: carol.id, month: spendMonth(new Date()) });
    expect(report.spentMicroUsd).toBe(billed);
  });

  it("leaves out jobs of other scripts and plain library images", async () => {
    const make = async (title: string) => {
      const res = await call(createRoute, { method: "POST", token: dave.token, body: { title, style: "cartoon", text: "0:00 A lighthouse at night" } });
      return (await res.json()) as { id: string; segments: Array<{ id: string }> };
    };
    const one = await make("One");
    const two = await make("Two");
    expect((await call(illustrateRoute, { method: "POST", token: dave.token, params: { id: one.id }, body: { engine: "openai", quality: "low" } })).status).toBe(202);
    await drainJobs();
    // A billed job of no script (a library scene) is not the script's.
    await db().job.create({ data: { userId: dave.id, kind: "scene", status: "succeeded", input: "{}", engine: "openai", model: "gpt-image-1-mini", costMicroUsd: 11_000 } });
    const ofOne = await db().job.aggregate({ where: { userId: dave.id, segment: { scriptId: one.id } }, _sum: { costMicroUsd: true } });
    expect(micro((await scriptCost(one.id, dave.token)).costUsd!)).toBe(ofOne._sum.costMicroUsd);
    expect((await scriptCost(two.id, dave.token)).costUsd).toBe(0);
    // Someone else's script is not found, and its cost is not told.
    expect((await scriptCost(one.id, carol.token)).status).toBe(404);
  });
});

