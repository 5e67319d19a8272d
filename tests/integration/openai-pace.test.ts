import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getEngine } from "@/lib/images/engines";
import { resetModelCatalogForTests } from "@/lib/images/lifecycle";
import { acquireOpenAICallSlot } from "@/lib/limits/openai-calls";
import { currentOpenAIPace, forgetOpenAIPaceRead } from "@/lib/limits/openai-pace";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";
import { configureEngine, createTestUser } from "../support/harness";

// After a 429 on one user's image call, the whole installation slows down: every call waits out
// the retry-after, the places for calls at once are halved, and they come back one at a time.
// The pace lives in the shared limits' store, so another process (here: this process after
// forgetting what it read) sees the same.

let server: FakeOpenAI;
let alice: { id: string };

const scene = { purpose: "scene" as const, text: "A lighthouse", style: "cartoon" as const, prompt: "A lighthouse at dusk", seed: 1, width: 1024, height: 1024, quality: "low" as const };

function configure(extra: Record<string, string> = {}): void {
  configureEngine({ openaiUrl: server.url, extra: { OPENAI_MAX_RETRIES: "0", OPENAI_PARTIAL_IMAGES: "0", OPENAI_MAX_IN_FLIGHT: "6", OPENAI_IMAGES_PER_MINUTE: "1000", OPENAI_RATE_LIMIT_RECOVERY_SECONDS: "20", ...extra } });
}

beforeAll(async () => {
  server = await startFakeOpenAI({ today: "2026-12-01" });
  alice = await createTestUser("alice");
});
afterAll(async () => server.close());
beforeEach(async () => {
  server.reset();
  resetModelCatalogForTests();
  await db().rateLimit.deleteMany({});
  await db().liveConnection.deleteMany({});
  forgetOpenAIPaceRead();
  configure();
});

describe("the installation's pace after OpenAI answers 429", () => {
  it("runs at the configured pace until a 429", async () => {
    await getEngine("openai").generate(scene, { userId: alice.id });
    expect(await currentOpenAIPace()).toEqual({ pausedMs: 0, maxInFlight: 6 });
  });

  it("pauses every caller for the retry-after and halves the places, for every process", async () => {
    server.fail({ kind: "rate_limit", retryAfterSeconds: 3 }, { times: 1 });
    await expect(getEngine("openai").generate(scene, { userId: alice.id })).rejects.toMatchObject({ code: "rate_limited:provider" });
    forgetOpenAIPaceRead();
    const pace = await currentOpenAIPace();
    expect(pace.maxInFlight).toBe(3);
    expect(pace.pausedMs).toBeGreaterThan(1_000);
    expect(pace.pausedMs).toBeLessThanOrEqual(3_000);
    // Another user's call does not start during the pause...
    const started = Date.now();
    await expect(acquireOpenAICallSlot(AbortSignal.timeout(Math.max(200, pace.pausedMs - 800)))).rejects.toThrow();
    // ...and goes once it is over.
    await (await acquireOpenAICallSlot(AbortSignal.timeout(30_000))).release();
    expect(Date.now() - started).toBeGreaterThanOrEqual(pace.pausedMs - 300);
  });

  it("holds fewer calls at once after a 429: the reduced cap is the limit", async () => {
    configure({ OPENAI_MAX_IN_FLIGHT: "4" });
    server.fail({ kind: "rate_limit", retryAfterSeconds: 0 }, { times: 1 });
    await expect(getEngine("openai").generate(scene, { userId: alice.id })).rejects.toMatchObject({ code: "rate_limited:provider" });
    const slots = [await acquireOpenAICallSlot(AbortSignal.timeout(10_000))];
    slots.push(await acquireOpenAICallSlot(AbortSignal.timeout(10_000)));
    // Two of four places are left: the third call waits.
    await expect(acquireOpenAICallSlot(AbortSignal.timeout(500))).rejects.toThrow();
    await slots[0]!.release();
    slots[0] = await acquireOpenAICallSlot(AbortSignal.timeout(10_000));
    await Promise.all(slots.map((slot) => slot.release()));
  });

  it("sees the 429s the SDK retries by itself, honouring their retry-after", async () => {
    configure({ OPENAI_MAX_RETRIES: "1" });
    server.fail({ kind: "rate_limit", retryAfterSeconds: 1 }, { times: 1 });
    const started = Date.now();
    const image = await getEngine("openai").generate(scene, { userId: alice.id });
    expect(image.usage.costMicroUsd).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    forgetOpenAIPaceRead();
    expect((await currentOpenAIPace()).maxInFlight).toBe(3);
  });

  it("gives the places back one at a time, and never goes below one", async () => {
    configure({ OPENAI_MAX_IN_FLIGHT: "4", OPENAI_RATE_LIMIT_RECOVERY_SECONDS: "2" });
    server.fail({ kind: "rate_limit", retryAfterSeconds: 0 }, { times: 2 });
    const engine = getEngine("openai");
    await expect(engine.generate(scene, { userId: alice.id })).rejects.toMatchObject({ code: "rate_limited:provider" });
    await expect(engine.generate(scene, { userId: alice.id })).rejects.toMatchObject({ code: "rate_limited:provider" });
    const seen: number[] = [];
    for (let i = 0; i < 200 && seen.at(-1) !== 4; i += 1) {
      forgetOpenAIPaceRead();
      const { maxInFlight } = await currentOpenAIPace();
      if (seen.at(-1) !== maxInFlight) seen.push(maxInFlight);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // 4 → 2 → 1 after two 429s, then back one place every two seconds.
    expect(seen).toEqual([1, 2, 3, 4]);
  });
});
