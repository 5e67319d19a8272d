import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as coloringRoute } from "@/app/api/coloring-pages/route";
import { db } from "@/lib/db/client";
import { resetModelCatalogForTests } from "@/lib/images/lifecycle";
import { registerJobKinds } from "@/lib/job-kinds";
import { JobRunner, type JobHandler } from "@/lib/jobs";
import { acquireOpenAICallSlot } from "@/lib/limits/openai-calls";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { configureEngine, createTestUser } from "../support/harness";
import { call } from "../support/routes";

let server: FakeOpenAI;
let alice: { id: string; token: string };
let bob: { id: string; token: string };

beforeAll(async () => {
  server = await startFakeOpenAI({ today: "2026-12-01", latencyMs: 400 });
  alice = await createTestUser("alice");
  bob = await createTestUser("bob");
});
afterAll(async () => server.close());
beforeEach(async () => {
  server.reset();
  resetModelCatalogForTests();
  await db().job.deleteMany({});
  await db().rateLimit.deleteMany({});
  await db().liveConnection.deleteMany({});
});

/** Runs every open job with several runners on the one test database, as separate workers would. */
async function drainWith(runners: JobRunner[]): Promise<void> {
  await Promise.all(runners.map((r) => r.start()));
  try {
    for (let i = 0; i < 2_400; i += 1) {
      const open = await db().job.count({ where: { status: { in: ["queued", "running"] } } });
      if (open === 0 && runners.every((r) => r.activeCount === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("jobs still open");
  } finally {
    await Promise.all(runners.map((r) => r.stop()));
  }
}

async function pagesInFlight(maxInFlight: number): Promise<number> {
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "0", OPENAI_ALLOWED_IMAGE_MODELS: "", OPENAI_MAX_IN_FLIGHT: String(maxInFlight), OPENAI_IMAGES_PER_MINUTE: "1000" } });
  for (const [i, user] of [alice, bob, alice, bob, alice, bob].entries()) {
    const res = await call(coloringRoute, { method: "POST", token: user.token, body: { theme: `a kite ${i}`, engine: "openai", quality: "low", regenerate: true } });
    expect(res.status).toBe(202);
  }
  registerJobKinds();
  const runner = () => new JobRunner({ concurrency: 4, perUser: 4, maxAttempts: 1, pollMs: 25 });
  await drainWith([runner(), runner()]);
  expect(await db().job.count({ where: { status: "succeeded" } })).toBe(6);
  return server.maxInFlight;
}

describe("one OpenAI limit for the whole installation", () => {
  it("two runners on one database never have more image calls in flight than OPENAI_MAX_IN_FLIGHT", async () => {
    expect(await pagesInFlight(2)).toBe(2);
  });

  it("uses every place it is given (just inside: 3 allowed, 3 at once)", async () => {
    expect(await pagesInFlight(3)).toBe(3);
  });

  it("starts at most OPENAI_IMAGES_PER_MINUTE calls a minute: the last allowed at once, the next one waits", async () => {
    configureEngine({ openaiUrl: server.url, extra: { OPENAI_IMAGES_PER_MINUTE: "3", OPENAI_MAX_IN_FLIGHT: "10" } });
    for (let i = 0; i < 3; i += 1) await (await acquireOpenAICallSlot(AbortSignal.timeout(2_000))).release();
    await expect(acquireOpenAICallSlot(AbortSignal.timeout(500))).rejects.toThrow();
  });

  it("a call waits while OPENAI_MAX_IN_FLIGHT calls run, and goes as soon as one ends", async () => {
    configureEngine({ openaiUrl: server.url, extra: { OPENAI_IMAGES_PER_MINUTE: "1000", OPENAI_MAX_IN_FLIGHT: "2" } });
    const first = await acquireOpenAICallSlot(AbortSignal.timeout(2_000));
    const second = await acquireOpenAICallSlot(AbortSignal.timeout(2_000));
    await expect(acquireOpenAICallSlot(AbortSignal.timeout(400))).rejects.toThrow();
    await first.release();
    await (await acquireOpenAICallSlot(AbortSignal.timeout(2_000))).release();
    await second.release();
  });
});

describe("fair claiming across users", () => {
  it("takes users in turn (the one served longest ago first), oldest job first within a user", async () => {
    const order: string[] = [];
    const handler: JobHandler = async ({ job }) => {
      order.push(JSON.parse(job.input).name as string);
      return { images: [] };
    };
    const add = (user: { id: string }, name: string, at: number) =>
      db().job.create({ data: { userId: user.id, kind: "fairness", input: JSON.stringify({ name }), engine: "offline", model: "m", createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, at)) } });
    // Alice queues a batch first; Bob's single page comes after all of it.
    for (let i = 1; i <= 4; i += 1) await add(alice, `alice-${i}`, i);
    await add(bob, "bob-1", 10);
    await drainWith([new JobRunner({ concurrency: 1, perUser: 5, maxAttempts: 1, pollMs: 10, handlers: { fairness: handler } })]);
    expect(order).toEqual(["alice-1", "bob-1", "alice-2", "alice-3", "alice-4"]);
  });
});
