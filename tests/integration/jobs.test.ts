import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getJob } from "@/lib/db/jobs";
import { AppError } from "@/lib/errors";
import { NO_USAGE } from "@/lib/images/engines/types";
import { enqueueJobs, JobRunner, type JobHandler } from "@/lib/jobs";
import { claimNextJob } from "@/lib/jobs/claim";
import { recoverStaleJobs } from "@/lib/jobs/transitions";
import { blobKeys, createTestUser } from "../support/harness";

let userId: string;

beforeEach(async () => {
  await db().job.deleteMany({});
  userId = (await createTestUser("jobs")).id;
});

const tinyPng = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

async function job(kind = "test") {
  const { jobs } = await enqueueJobs({ userId, plan: () => ({ jobs: [{ userId, kind, input: {}, engine: "offline", model: "offline-composer" }] }) });
  return jobs[0]!;
}

async function runAll(handlers: Record<string, JobHandler>, options: { concurrency?: number; perUser?: number } = {}) {
  const runner = new JobRunner({ concurrency: options.concurrency ?? 2, perUser: options.perUser ?? 2, maxAttempts: 3, handlers, pollMs: 20, rateLimitBackoffMs: 30 });
  await runner.start();
  for (let i = 0; i < 400; i++) {
    const open = await db().job.count({ where: { status: { in: ["queued", "running"] } } });
    if (open === 0 && runner.activeCount === 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await runner.stop();
}

describe("claiming", () => {
  it("never gives one job to two workers", async () => {
    const jobs = await Promise.all(Array.from({ length: 6 }, () => job()));
    const claims = await Promise.all(
      Array.from({ length: 12 }, (_, i) => claimNextJob({ workerId: `w${i % 3}`, perUser: 100 })),
    );
    const claimed = claims.filter((c) => c !== null).map((c) => c!.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.sort()).toEqual(jobs.map((j) => j.id).sort());
  });

  it("respects the per-user limit", async () => {
    await Promise.all(Array.from({ length: 3 }, () => job()));
    expect(await claimNextJob({ workerId: "a", perUser: 1 })).not.toBeNull();
    expect(await claimNextJob({ workerId: "b", perUser: 1 })).toBeNull();
  });
});

describe("recovery after a stop", () => {
  it("puts a job whose worker vanished back in the queue, and fails it after too many tries", async () => {
    const a = await job();
    const b = await job();
    const old = new Date(Date.now() - 120_000);
    await db().job.update({ where: { id: a.id }, data: { status: "running", lockedBy: "dead", heartbeatAt: old, attempts: 1 } });
    await db().job.update({ where: { id: b.id }, data: { status: "running", lockedBy: "dead", heartbeatAt: old, attempts: 3 } });
    expect(await recoverStaleJobs({ staleMs: 30_000, maxAttempts: 3 })).toEqual({ requeued: 1, failed: 1 });
    expect((await getJob(a.id))!.status).toBe("queued");
    const failed = (await getJob(b.id))!;
    expect(failed.status).toBe("failed");
    expect(failed.errorCode).toBe("unavailable:interrupted");
  });

  it("leaves a job with a recent heartbeat alone", async () => {
    const a = await job();
    await db().job.update({ where: { id: a.id }, data: { status: "running", lockedBy: "alive", heartbeatAt: new Date() } });
    expect(await recoverStaleJobs({ staleMs: 30_000, maxAttempts: 3 })).toEqual({ requeued: 0, failed: 0 });
  });

  it("a new runner finishes the job a stopped server left running", async () => {
    const a = await job();
    await db().job.update({ where: { id: a.id }, data: { status: "running", lockedBy: "dead", heartbeatAt: new Date(Date.now() - 120_000), attempts: 1 } });
    await runAll({ test: async () => ({ images: [] }) });
    expect((await getJob(a.id))!.status).toBe("succeeded");
  });
});

describe("the runner", () => {
  it("limits concurrency", async () => {
    let active = 0;
    let peak = 0;
    const handler: JobHandler = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 60));
      active--;
      return { images: [] };
    };
    await Promise.all(Array.from({ length: 6 }, () => job()));
    await runAll({ test: handler }, { concurrency: 2, perUser: 5 });
    expect(peak).toBe(2);
    expect(await db().job.count({ where: { status: "succeeded" } })).toBe(6);
  });

  it("slows down after a rate limit instead of failing", async () => {
    let calls = 0;
    const handler: JobHandler = async () => {
      calls++;
      if (calls === 1) throw new AppError("rate_limited:provider", "busy");
      return { images: [] };
    };
    const a = await job();
    await runAll({ test: handler });
    const done = (await getJob(a.id))!;
    expect(done.status).toBe("succeeded");
    expect(done.attempts).toBe(2);
  });

  it("stores nothing when a job fails after writing, and records the reason", async () => {
    const before = await blobKeys();
    const a = await job();
    await runAll({
      test: async () => ({
        // The second record cannot be written (its segment does not exist): the first goes too.
        images: [
          { png: tinyPng, width: 1, height: 1, kind: "coloring", title: "t", prompt: "p", engine: "offline", model: "m", options: {}, usage: NO_USAGE },
          { png: tinyPng, width: 1, height: 1, kind: "scene", title: "t", prompt: "p", engine: "offline", model: "m", options: {}, usage: NO_USAGE, segmentId: "no-such-segment" },
        ],
      }),
    });
    const failed = (await getJob(a.id))!;
    expect(failed.status).toBe("failed");
    expect(failed.errorCode).toBe("internal:job");
    expect(await db().image.count({ where: { jobId: a.id } })).toBe(0);
    expect(await blobKeys()).toEqual(before);
  });

  it("cancels a running job and keeps nothing it made", async () => {
    const before = await blobKeys();
    const a = await job();
    const handler: JobHandler = async ({ signal }) => {
      await db().job.update({ where: { id: a.id }, data: { status: "canceled" } });
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (signal.aborted) throw new AppError("unavailable:canceled", "canceled");
      return { images: [{ png: tinyPng, width: 1, height: 1, kind: "coloring", title: "t", prompt: "p", engine: "offline", model: "m", options: {}, usage: NO_USAGE }] };
    };
    await runAll({ test: handler });
    expect((await getJob(a.id))!.status).toBe("canceled");
    expect(await db().image.count()).toBe(0);
    expect(await blobKeys()).toEqual(before);
  });
});
