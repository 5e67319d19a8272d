import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { JobRunner, type JobHandler } from "@/lib/jobs";
import { createTestUser } from "../support/harness";

// Offline jobs keep this machine's cores busy; OpenAI jobs mostly wait on the network. A runner
// given provider slots runs each kind within its own limits, so a batch of OpenAI scenes is not
// held to the two jobs at once that suit the offline engine, and offline work is not crowded out.

let alice: { id: string };
let bob: { id: string };

beforeEach(async () => {
  await db().job.deleteMany({});
  alice = await createTestUser("lanes-a");
  bob = await createTestUser("lanes-b");
});

/** Runs every job and returns the most jobs of each engine that ran at once. */
async function mostAtOnce(options: ConstructorParameters<typeof JobRunner>[0]["provider"], jobs: Array<{ userId: string; engine: "offline" | "openai" }>) {
  const running = { offline: 0, openai: 0, all: 0 };
  const most = { offline: 0, openai: 0, all: 0 };
  const handler: JobHandler = async ({ job }) => {
    const engine = job.engine as "offline" | "openai";
    for (const key of [engine, "all"] as const) {
      running[key] += 1;
      most[key] = Math.max(most[key], running[key]);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    running[engine] -= 1;
    running.all -= 1;
    return { images: [] };
  };
  for (const [i, { userId, engine }] of jobs.entries()) {
    await db().job.create({ data: { userId, kind: "lane", input: "{}", engine, model: engine === "offline" ? "offline-composer" : "gpt-image-2.6-flare", createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) } });
  }
  const runner = new JobRunner({ concurrency: 2, perUser: 2, provider: options, maxAttempts: 1, pollMs: 20, handlers: { lane: handler } });
  await runner.start();
  try {
    for (let i = 0; i < 1_500; i += 1) {
      const open = await db().job.count({ where: { status: { in: ["queued", "running"] } } });
      if (open === 0 && runner.activeCount === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await runner.stop();
  }
  expect(await db().job.count({ where: { status: "succeeded" } })).toBe(jobs.length);
  return most;
}

const many = (userId: string, engine: "offline" | "openai", count: number) => Array.from({ length: count }, () => ({ userId, engine }));

describe("a runner's slots for offline and OpenAI jobs", () => {
  it("runs OpenAI jobs up to their own per-user limit, offline ones up to theirs, side by side", async () => {
    const most = await mostAtOnce({ concurrency: 5, perUser: 4 }, [...many(alice.id, "openai", 6), ...many(alice.id, "offline", 4)]);
    // Just inside each limit is used; just outside is never reached.
    expect(most).toMatchObject({ offline: 2, openai: 4 });
    expect(most.all).toBe(6);
  });

  it("fills the OpenAI slots with a second user's jobs, up to the runner's cap", async () => {
    const most = await mostAtOnce({ concurrency: 5, perUser: 4 }, [...many(alice.id, "openai", 6), ...many(bob.id, "openai", 6)]);
    expect(most.openai).toBe(5);
  });

  it("without provider slots, every job shares the one limit as before", async () => {
    const most = await mostAtOnce(undefined, [...many(alice.id, "openai", 3), ...many(alice.id, "offline", 3)]);
    expect(most.all).toBe(2);
  });
});
