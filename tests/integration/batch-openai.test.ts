import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/scripts/route";
import { GET as getScriptRoute } from "@/app/api/scripts/[id]/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { GET as batchRoute } from "@/app/api/batches/[id]/route";
import { POST as cancelRoute } from "@/app/api/batches/[id]/cancel/route";
import { POST as retryRoute } from "@/app/api/batches/[id]/retry/route";
import { db } from "@/lib/db/client";
import { blobStore } from "@/lib/storage";
import { startFakeOpenAI, type FakeOpenAI, type RecordedRequest } from "../support/openai-server";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { call } from "../support/routes";

type Json = Record<string, unknown>;
interface BatchJob {
  jobId: string;
  segmentId: string;
  status: string;
  error: { code: string; message: string } | null;
  imageIds: string[];
  costUsd: number;
}
interface Batch {
  id: string;
  status: string;
  counts: { total: number; done: number; failed: number; canceled: number; remaining: number };
  progress: number;
  estimatedCostUsd: number;
  costUsd: number;
  jobs: BatchJob[];
}

const SUBJECTS = [
  "a harbour at dawn with fishing boats", "a market street full of spices", "an old map on a wooden desk", "a steam train crossing a viaduct",
  "a lighthouse in a storm", "a desert caravan at sunset", "a crowded coffee house in Vienna", "a glacier calving into the sea",
  "a printing press in a workshop", "a rice terrace in the mist", "a night sky over a observatory", "a bustling railway station",
  "a windmill in a tulip field", "an ancient library with ladders", "a volcano seen from a boat", "a violin maker at work",
  "a snowy mountain village", "a busy airport runway", "a garden of giant water lilies", "a city skyline at blue hour",
];

let server: FakeOpenAI;

beforeAll(async () => {
  server = await startFakeOpenAI({ latencyMs: 120 });
});
afterAll(async () => server.close());
beforeEach(() => {
  server.reset();
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "1", OPENAI_TIMEOUT_MS: "2000", OPENAI_PARTIAL_IMAGES: "0" } });
});

const label = (n: number) => `Scene ${String(n).padStart(2, "0")}`;
const promptOf = (r: RecordedRequest) => String((r.body as Json | undefined)?.prompt ?? "");
const imageRequests = () => server.requests.filter((r) => r.path.startsWith("/v1/images/"));
const requestsFor = (n: number) => imageRequests().filter((r) => promptOf(r).includes(`${label(n)}:`)).length;

async function createScript(token: string, count: number): Promise<{ id: string; segments: Array<{ id: string; text: string }> }> {
  const segments = Array.from({ length: count }, (_, i) => ({ timestamp: `${Math.floor((i * 15) / 60)}:${String((i * 15) % 60).padStart(2, "0")}`, text: `${label(i + 1)}: ${SUBJECTS[i % SUBJECTS.length]}` }));
  const res = await call(createRoute, { method: "POST", token, body: { title: "Around the world", style: "documentary", segments } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; segments: Array<{ id: string; text: string }> };
}

async function illustrate(token: string, scriptId: string, body: Json = { engine: "openai", quality: "low" }) {
  return call(illustrateRoute, { method: "POST", token, params: { id: scriptId }, body, path: `/api/scripts/${scriptId}/illustrate` });
}

async function batchView(token: string, id: string): Promise<Batch> {
  const res = await call(batchRoute, { token, params: { id } });
  expect(res.status).toBe(200);
  return (await res.json()) as unknown as Batch;
}

describe("a 20-segment batch against the OpenAI test server", () => {
  it("survives rate limits, a moderation block and a timeout, keeps every success, and retries only the failures", async () => {
    const user = await createTestUser("batch");
    const script = await createScript(user.token, 20);
    const rateLimited = new Map<string, number>();
    server.fail({ kind: "moderation_blocked", categories: ["violence"] }, { path: "/v1/images/generations", match: (r) => promptOf(r).includes(`${label(7)}:`) });
    server.fail({ kind: "slow", delayMs: 5000 }, { path: "/v1/images/generations", times: 5, match: (r) => promptOf(r).includes(`${label(13)}:`) });
    server.fail(
      { kind: "rate_limit", retryAfterSeconds: 1 },
      {
        path: "/v1/images/generations",
        times: 4,
        match: (r) => {
          const prompt = promptOf(r);
          if (prompt.includes(`${label(7)}:`) || prompt.includes(`${label(13)}:`)) return false;
          rateLimited.set(prompt, (rateLimited.get(prompt) ?? 0) + 1);
          return true;
        },
      },
    );

    const started = await illustrate(user.token, script.id);
    expect(started.status).toBe(202);
    const { batchId, jobIds, estimatedCostUsd } = (await started.json()) as { batchId: string; jobIds: string[]; estimatedCostUsd: number };
    expect(jobIds).toHaveLength(20);
    expect(estimatedCostUsd).toBeGreaterThan(0);
    const queued = await batchView(user.token, batchId);
    expect(queued).toMatchObject({ status: "running", counts: { total: 20, done: 0, remaining: 20 } });

    await drainJobs({ concurrency: 3, perUser: 3 });

    const batch = await batchView(user.token, batchId);
    expect(batch.status).toBe("finished");
    expect(batch.counts).toEqual({ total: 20, done: 18, failed: 2, canceled: 0, remaining: 0 });
    expect(batch.progress).toBe(100);
    const bySegment = new Map(batch.jobs.map((j) => [j.segmentId, j]));
    const blocked = bySegment.get(script.segments[6]!.id)!;
    expect(blocked).toMatchObject({ status: "failed", costUsd: 0, imageIds: [] });
    expect(blocked.error?.code).toBe("provider:moderation_blocked");
    expect(blocked.error?.message).toMatch(/safety system.*violence/);
    const timedOut = bySegment.get(script.segments[12]!.id)!;
    expect(timedOut).toMatchObject({ status: "failed", costUsd: 0 });
    expect(timedOut.error?.code).toBe("provider:timeout");

    // The rate limits slowed the batch down (SDK retry after retry-after, then the runner's requeue) without failing it.
    expect([...rateLimited.values()].reduce((a, b) => a + b, 0)).toBe(4);
    expect(server.maxInFlight).toBeLessThanOrEqual(3);
    expect(server.maxInFlight).toBeGreaterThanOrEqual(2);
    expect(imageRequests().every((r) => r.valid)).toBe(true);

    // No segment generated twice: one job and at most one image per segment, one answered request per prompt.
    for (const [index, segment] of script.segments.entries()) {
      const n = index + 1;
      const jobs = await db().job.count({ where: { segmentId: segment.id } });
      const images = await db().image.count({ where: { segmentId: segment.id } });
      expect(jobs).toBe(1);
      const failed = n === 7 || n === 13;
      expect(images).toBe(failed ? 0 : 1);
      const prompt = imageRequests().find((r) => promptOf(r).includes(`${label(n)}:`));
      const expected = n === 13 ? 2 : 1 + (rateLimited.get(promptOf(prompt!)) ?? 0);
      expect(requestsFor(n)).toBe(expected);
    }

    // Each success is the segment's chosen image, cropped exactly to 16:9, with its exact cost.
    const view = await (await call(getScriptRoute, { token: user.token, params: { id: script.id } })).json();
    const segments = view.segments as Array<{ imageId: string | null; image: { width: number; height: number; costUsd: number; kind: string } | null; job: { status: string } }>;
    expect(segments.filter((s) => s.imageId).length).toBe(18);
    for (const s of segments.filter((x) => x.image)) {
      expect(s.image!.kind).toBe("scene");
      expect(s.image!.width * 9).toBe(s.image!.height * 16);
      expect(s.image!.costUsd).toBeGreaterThan(0);
    }
    const first = await db().image.findFirstOrThrow({ where: { segmentId: script.segments[0]!.id } });
    const meta = await sharp((await blobStore().get(first.storageKey))!).metadata();
    expect([meta.width, meta.height]).toEqual([first.width, first.height]);
    const paid = await db().image.aggregate({ where: { segmentId: { in: script.segments.map((s) => s.id) } }, _sum: { costMicroUsd: true } });
    expect(batch.costUsd).toBeCloseTo((paid._sum.costMicroUsd ?? 0) / 1_000_000, 6);

    // Retry: new jobs for the two failed segments only, in the same batch.
    server.reset();
    const retried = await call(retryRoute, { method: "POST", token: user.token, params: { id: batchId } });
    expect(retried.status).toBe(202);
    expect(((await retried.json()) as unknown as Batch).counts).toMatchObject({ total: 20, done: 18, failed: 0, remaining: 2 });
    await drainJobs({ concurrency: 3, perUser: 3 });
    const after = await batchView(user.token, batchId);
    expect(after.counts).toEqual({ total: 20, done: 20, failed: 0, canceled: 0, remaining: 0 });
    expect(after.status).toBe("finished");
    expect(imageRequests()).toHaveLength(2);
    expect(requestsFor(7)).toBe(1);
    expect(requestsFor(13)).toBe(1);
    expect(await db().job.count({ where: { batchId } })).toBe(22);
    expect(await db().image.count({ where: { segmentId: { in: script.segments.map((s) => s.id) } } })).toBe(20);

    const again = await call(retryRoute, { method: "POST", token: user.token, params: { id: batchId } });
    expect(again.status).toBe(409);
    const nothing = await illustrate(user.token, script.id);
    expect(nothing.status).toBe(409);
    expect((await nothing.json()).code).toBe("conflict:nothing_to_illustrate");
  });

  it("refuses a batch over the monthly budget without queuing any job", async () => {
    const user = await createTestUser("poor");
    await db().user.update({ where: { id: user.id }, data: { budgetUsd: 0.05 } });
    const script = await createScript(user.token, 20);
    const res = await illustrate(user.token, script.id, { engine: "openai", quality: "high" });
    expect(res.status).toBe(402);
    const body = await res.json();
    expect(body.code).toBe("budget:exceeded");
    expect(String(body.error)).toMatch(/monthly budget/);
    expect(await db().job.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().batch.count({ where: { userId: user.id } })).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it("never queues a segment twice, and refuses segments of another script or user", async () => {
    const user = await createTestUser("twice");
    const other = await createTestUser("other");
    const script = await createScript(user.token, 3);
    const a = script.segments[0]!;
    const b = script.segments[1]!;
    const first = await illustrate(user.token, script.id, { engine: "openai", segmentIds: [a.id] });
    expect(first.status).toBe(202);
    const second = await illustrate(user.token, script.id, { engine: "openai", segmentIds: [a.id, b.id] });
    expect(second.status).toBe(202);
    expect(((await second.json()).jobIds as string[]).length).toBe(1);
    const third = await illustrate(user.token, script.id, { engine: "openai", segmentIds: [a.id] });
    expect(third.status).toBe(409);
    expect(await db().job.count({ where: { segmentId: a.id } })).toBe(1);

    const elsewhere = await createScript(user.token, 1);
    expect((await illustrate(user.token, script.id, { segmentIds: [elsewhere.segments[0]!.id] })).status).toBe(404);
    expect((await illustrate(other.token, script.id, {})).status).toBe(404);
    const firstBatch = ((await first.json()) as { batchId: string }).batchId;
    expect((await call(batchRoute, { token: other.token, params: { id: firstBatch } })).status).toBe(404);
    expect((await call(cancelRoute, { method: "POST", token: other.token, params: { id: firstBatch } })).status).toBe(404);
    await drainJobs({ concurrency: 3, perUser: 3 });
    expect(await db().image.count({ where: { segmentId: a.id } })).toBe(1);
  });

  it("cancels a running batch, keeping the images already made, then retries the canceled segments", async () => {
    server.setLatency(400);
    const user = await createTestUser("cancel");
    const script = await createScript(user.token, 6);
    const { batchId } = (await (await illustrate(user.token, script.id)).json()) as { batchId: string };
    const draining = drainJobs({ concurrency: 1, perUser: 1 });
    for (let i = 0; i < 200 && (await db().job.count({ where: { batchId, status: "succeeded" } })) < 1; i++) await new Promise((r) => setTimeout(r, 25));
    const canceled = await call(cancelRoute, { method: "POST", token: user.token, params: { id: batchId } });
    expect(canceled.status).toBe(200);
    await draining;
    server.setLatency(120);
    const view = await batchView(user.token, batchId);
    expect(view.status).toBe("canceled");
    expect(view.counts.done).toBeGreaterThanOrEqual(1);
    expect(view.counts.done + view.counts.canceled).toBe(6);
    expect(view.counts.remaining).toBe(0);
    const made = await db().image.count({ where: { segmentId: { in: script.segments.map((s) => s.id) } } });
    expect(made).toBe(view.counts.done);

    const retried = await call(retryRoute, { method: "POST", token: user.token, params: { id: batchId } });
    expect(retried.status).toBe(202);
    expect(((await retried.json()) as unknown as Batch).status).toBe("running");
    await drainJobs({ concurrency: 3, perUser: 3 });
    const done = await batchView(user.token, batchId);
    expect(done).toMatchObject({ status: "finished", counts: { total: 6, done: 6, failed: 0, canceled: 0, remaining: 0 } });
    expect(await db().image.count({ where: { segmentId: { in: script.segments.map((s) => s.id) } } })).toBe(6);
  });
});
