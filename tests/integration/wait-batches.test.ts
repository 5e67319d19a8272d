import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as createScriptRoute } from "@/app/api/scripts/route";
import { POST as illustrateRoute } from "@/app/api/scripts/[id]/illustrate/route";
import { POST as cancelBatchRoute } from "@/app/api/batches/[id]/cancel/route";
import { POST as retryBatchRoute } from "@/app/api/batches/[id]/retry/route";
import { POST as createBookRoute } from "@/app/api/books/route";
import { GET as bookRoute } from "@/app/api/books/[id]/route";
import { POST as generateRoute } from "@/app/api/books/[id]/generate/route";
import { POST as regenerateRoute } from "@/app/api/books/[id]/pages/[pageId]/regenerate/route";
import { db } from "@/lib/db/client";
import { registerJobKinds } from "@/lib/job-kinds";
import { JobRunner } from "@/lib/jobs";
import { configureEngine, createTestUser, drainJobs } from "../support/harness";
import { callDocumented } from "../support/documented";

// ?wait= on the batch-making routes: 0 to 120 seconds; 200 with the images when done in time, 202 at the deadline.

const SLOW = 300_000;
let alice: { id: string; token: string };
let runner: JobRunner | null = null;

beforeAll(async () => {
  configureEngine({ engine: "offline" });
  alice = await createTestUser("wait-alice");
});

afterEach(async () => {
  await runner?.stop();
  runner = null;
});

/** A runner beside the request, as the web server has, so `?wait=` sees the jobs finish. */
async function startRunner(): Promise<void> {
  registerJobKinds();
  runner = new JobRunner({ concurrency: 2, perUser: 2, maxAttempts: 3, pollMs: 25, rateLimitBackoffMs: 50 });
  await runner.start();
}

/** A script batch whose two scenes were canceled before any was made: all of it can be retried. */
async function canceledBatch(): Promise<string> {
  const created = await callDocumented(createScriptRoute, "POST /api/scripts", { token: alice.token, body: { title: "Waiting", style: "documentary", text: "0:00 A kettle on a stove\n0:04 Steam rising" } });
  const started = await callDocumented(illustrateRoute, "POST /api/scripts/{id}/illustrate", { token: alice.token, params: { id: created.body.id as string }, body: { engine: "offline" } });
  const batchId = started.body.batchId as string;
  expect((await callDocumented(cancelBatchRoute, "POST /api/batches/{id}/cancel", { token: alice.token, params: { id: batchId } })).body.status).toBe("canceled");
  return batchId;
}

const retry = (id: string, query: string) => callDocumented(retryBatchRoute, "POST /api/batches/{id}/retry", { token: alice.token, params: { id }, query });
const queuedIn = (batchId: string) => db().job.count({ where: { batchId, status: "queued" } });

describe("POST /api/batches/:id/retry?wait=", () => {
  it("refuses 121, -1 and 1.5 before retrying anything", async () => {
    const batchId = await canceledBatch();
    for (const wait of ["121", "-1", "1.5"]) {
      const res = await retry(batchId, `?wait=${wait}`);
      expect(res.status, wait).toBe(400);
      expect(res.body.fields).toHaveProperty("wait");
    }
    expect(await queuedIn(batchId)).toBe(0);
  });

  it("answers 202 at once with wait=0, and 202 at the deadline when the jobs are not done", async () => {
    const now = await retry(await canceledBatch(), "?wait=0");
    expect(now.status).toBe(202);
    expect(now.body.images).toBeUndefined();
    // No runner: nothing can finish, so the answer comes when the second has passed.
    const batchId = await canceledBatch();
    const started = Date.now();
    const late = await retry(batchId, "?wait=1");
    expect(late.status).toBe(202);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(late.body).toMatchObject({ id: batchId, status: "running", counts: { remaining: 2 } });
    await drainJobs({}, SLOW);
  }, SLOW);

  it("answers 200 with the finished batch and its images within wait=120", async () => {
    const batchId = await canceledBatch();
    await startRunner();
    const res = await retry(batchId, "?wait=120&include=b64");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: batchId, status: "finished", counts: { total: 2, done: 2 } });
    const images = res.body.images as Array<{ kind: string; b64_json?: string }>;
    expect(images).toHaveLength(2);
    expect(Buffer.from(images[0]!.b64_json!, "base64").subarray(1, 4).toString()).toBe("PNG");
  }, SLOW);
});

describe("POST /api/books/:id/generate?wait= and pages/:pageId/regenerate?wait=", () => {
  it("makes a page within the wait (200), redraws it within wait=120 (200), refuses 121 and answers 202 at the deadline", async () => {
    const book = await callDocumented(createBookRoute, "POST /api/books", { token: alice.token, body: { title: "Waiting book", trim: "8.5x8.5" } });
    const id = book.body.id as string;
    const generate = (query: string) => callDocumented(generateRoute, "POST /api/books/{id}/generate", { token: alice.token, params: { id }, body: { theme: "a turtle in the ocean", pages: 1, engine: "offline" }, query });
    expect((await generate("?wait=121")).status).toBe(400);
    expect(await db().batch.count({ where: { bookId: id } })).toBe(0);
    await startRunner();
    const made = await generate("?wait=90");
    expect(made.status).toBe(200);
    expect((made.body.jobs as Array<{ status: string }>).map((j) => j.status)).toEqual(["succeeded"]);
    expect((made.body.images as Array<{ kind: string }>)).toHaveLength(1);
    const pages = (await callDocumented(bookRoute, "GET /api/books/{id}", { token: alice.token, params: { id } })).body.pages as Array<{ id: string; imageId: string }>;
    expect(pages).toHaveLength(1);
    const redraw = (query: string) => callDocumented(regenerateRoute, "POST /api/books/{id}/pages/{pageId}/regenerate", { token: alice.token, params: { id, pageId: pages[0]!.id }, body: { engine: "offline" }, query });
    expect((await redraw("?wait=121")).status).toBe(400);
    const redrawn = await redraw("?wait=120");
    expect(redrawn.status).toBe(200);
    expect((redrawn.body.images as Array<{ id: string }>)[0]!.id).not.toBe(pages[0]!.imageId);
    await runner!.stop();
    runner = null;
    const late = await redraw("?wait=1");
    expect(late.status).toBe(202);
    expect((late.body.jobs as Array<{ status: string }>).map((j) => j.status)).toEqual(["queued"]);
    expect((await redraw("?wait=0")).status).not.toBe(200);
    await drainJobs({}, SLOW);
  }, SLOW);
});
