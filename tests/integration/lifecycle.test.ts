import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getJob } from "@/lib/db/jobs";
import { AppError } from "@/lib/errors";
import { cancelBatchJobs, cancelJobs, enqueueJobs, type JobDraft } from "@/lib/jobs";
import { claimJob, completeJob, failJob, requeueJob } from "@/lib/jobs/transitions";
import { getMonthlySpend } from "@/lib/billing/budget";
import { createTestUser } from "../support/harness";

let userId: string;

beforeEach(async () => {
  userId = (await createTestUser("lifecycle")).id;
});

function draft(over: Partial<JobDraft> = {}): JobDraft {
  return { userId, kind: "test", input: { n: 1 }, engine: "openai", model: "gpt-image-2", ...over };
}

async function enqueue(jobs: JobDraft[], extra: Partial<Parameters<typeof enqueueJobs>[0]> = {}) {
  return enqueueJobs({ userId, plan: () => ({ jobs }), ...extra });
}

async function setBudget(usd: number) {
  await db().user.update({ where: { id: userId }, data: { budgetUsd: usd } });
}

async function aScript(): Promise<{ scriptId: string; segments: string[] }> {
  const script = await db().script.create({
    data: { userId, title: "t", style: "cinematic", segments: { create: [0, 1, 2].map((position) => ({ position, timestamp: `0:0${position}`, seconds: position, text: `s${position}` })) } },
    select: { id: true, segments: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  return { scriptId: script.id, segments: script.segments.map((s) => s.id) };
}

describe("enqueueJobs reserves the estimate in the transaction that inserts the jobs", () => {
  it("accepts work that fits the budget exactly, and refuses one micro-dollar more without writing anything", async () => {
    await setBudget(1);
    await enqueue([draft({ estimatedCostMicroUsd: 600_000 })]);
    const refused = enqueue([draft({ estimatedCostMicroUsd: 400_001 })]);
    await expect(refused).rejects.toMatchObject({ code: "budget:exceeded", status: 402 });
    expect(await db().job.count({ where: { userId } })).toBe(1);
    await enqueue([draft({ estimatedCostMicroUsd: 400_000 })]);
    expect(await db().job.count({ where: { userId, status: "queued" } })).toBe(2);
  });

  it("counts the whole plan at once: two jobs that each fit but not together are both refused", async () => {
    await setBudget(1);
    await expect(enqueue([draft({ estimatedCostMicroUsd: 600_000 }), draft({ estimatedCostMicroUsd: 600_000 })])).rejects.toMatchObject({ code: "budget:exceeded" });
    expect(await db().job.count({ where: { userId } })).toBe(0);
  });

  it("lets free work and cache hits through a spent budget, at no cost", async () => {
    await setBudget(0);
    const image = await db().image.create({
      data: { userId, kind: "coloring", title: "t", prompt: "p", engine: "openai", model: "gpt-image-2", options: "{}", width: 1, height: 1, bytes: 1, sha256: "x", storageKey: `k/${randomUUID()}` },
      select: { id: true },
    });
    const { jobs } = await enqueue([draft({ estimatedCostMicroUsd: 0 }), draft({ estimatedCostMicroUsd: 50_000, cachedImageId: image.id })]);
    expect(jobs.map((j) => j.status)).toEqual(["queued", "succeeded"]);
    expect(jobs[1]).toMatchObject({ cacheHit: true, imageIds: [image.id], estimatedCostMicroUsd: 0, progress: 100 });
    await expect(enqueue([draft({ estimatedCostMicroUsd: 1 })])).rejects.toMatchObject({ code: "budget:exceeded" });
  });

  it("writes nothing when the plan refuses, and nothing when a record it needs cannot be written", async () => {
    await expect(enqueueJobs({ userId, plan: () => { throw new AppError("invalid:variations", "no"); } })).rejects.toMatchObject({ code: "invalid:variations" });
    const photo = { id: randomUUID(), userId, storageKey: `photos/${randomUUID()}.jpg`, width: 1, height: 1, bytes: 1, sha256: "s" };
    await enqueueJobs({ userId, plan: () => ({ effects: [{ type: "createPhoto", photo }], jobs: [draft({ input: { photoId: photo.id } })] }) });
    // The same photo id again: its record fails, so the job is not queued either.
    await expect(enqueueJobs({ userId, plan: () => ({ effects: [{ type: "createPhoto", photo }], jobs: [draft()] }) })).rejects.toThrow();
    expect(await db().job.count({ where: { userId } })).toBe(1);
    expect(await db().photo.count({ where: { userId } })).toBe(1);
  });

  it("refuses a job planned for another user", async () => {
    await expect(enqueue([draft({ userId: "someone-else" })])).rejects.toThrow(/belong/);
    expect(await db().job.count({ where: { userId } })).toBe(0);
  });
});

describe("batches", () => {
  it("creates a batch with its owner and estimate, skips busy segments, and refuses when none is left", async () => {
    const { scriptId, segments } = await aScript();
    const first = await enqueue([draft({ kind: "scene", segmentId: segments[0], estimatedCostMicroUsd: 10 })], { batch: { owner: { scriptId } } });
    const second = await enqueueJobs({
      userId,
      batch: { owner: { scriptId } },
      plan: () => ({ jobs: segments.map((segmentId) => draft({ kind: "scene", segmentId, estimatedCostMicroUsd: 10 })), skipBusy: "segmentId" }),
    });
    expect(second.jobs.map((j) => j.segmentId)).toEqual([segments[1], segments[2]]);
    expect(await db().batch.findUniqueOrThrow({ where: { id: second.batchId! }, select: { scriptId: true, estimatedCostMicroUsd: true } })).toEqual({ scriptId, estimatedCostMicroUsd: 20 });
    // Another kind of job for a busy segment is not held back.
    await enqueue([draft({ kind: "variation", segmentId: segments[0] })], {});
    const none = enqueueJobs({
      userId,
      batch: { owner: { scriptId } },
      plan: () => ({ jobs: [draft({ kind: "scene", segmentId: segments[0] })], skipBusy: "segmentId", whenEmpty: () => new AppError("conflict:nothing_to_illustrate", "busy") }),
    });
    await expect(none).rejects.toMatchObject({ code: "conflict:nothing_to_illustrate", status: 409 });
    expect(await db().batch.count({ where: { scriptId } })).toBe(2);
    expect(first.batchId).not.toBe(second.batchId);
  });

  it("reopens a batch for a retry, growing its estimate, and cancels a batch's open jobs only", async () => {
    const { scriptId, segments } = await aScript();
    const { batchId, jobs } = await enqueue([draft({ kind: "scene", segmentId: segments[0], estimatedCostMicroUsd: 10 }), draft({ kind: "scene", segmentId: segments[1], estimatedCostMicroUsd: 10 })], { batch: { owner: { scriptId } } });
    expect(await claimJob({ id: jobs[0]!.id, workerId: "w" })).toBe(true);
    expect(await failJob({ job: jobs[0]!, workerId: "w", code: "provider:timeout", message: "late" })).toBe(true);
    expect(await cancelBatchJobs({ userId, batchId: batchId! })).toEqual([jobs[1]!.id]);
    expect(await db().batch.findUniqueOrThrow({ where: { id: batchId! }, select: { status: true } })).toEqual({ status: "canceled" });
    expect((await getJob(jobs[0]!.id))!.status).toBe("failed");
    await enqueue([draft({ kind: "scene", segmentId: segments[0], estimatedCostMicroUsd: 7 })], { batch: { addTo: batchId! } });
    expect(await db().batch.findUniqueOrThrow({ where: { id: batchId! }, select: { status: true, estimatedCostMicroUsd: true, finishedAt: true } })).toEqual({
      status: "running",
      estimatedCostMicroUsd: 27,
      finishedAt: null,
    });
  });
});

describe("transitions", () => {
  it("only the worker holding a running job may finish, fail or requeue it", async () => {
    const { jobs } = await enqueue([draft()]);
    const job = jobs[0]!;
    const id = job.id;
    expect(await completeJob(db(), { job, workerId: "w", imageIds: [], costMicroUsd: 0 })).toBe(false);
    expect(await claimJob({ id, workerId: "w" })).toBe(true);
    expect(await claimJob({ id, workerId: "v" })).toBe(false);
    expect(await failJob({ job, workerId: "v", code: "x:y", message: "m" })).toBe(false);
    expect(await requeueJob({ id, workerId: "v", runAfter: new Date(), stage: "waiting" })).toBe(false);
    expect(await requeueJob({ id, workerId: "w", runAfter: new Date(), stage: "waiting" })).toBe(true);
    expect(await getJob(id)).toMatchObject({ status: "queued", lockedBy: null, stage: "waiting", attempts: 1 });
  });

  it("keeps the cost a failed job was billed, and counts it as spent; an unbilled failure costs nothing", async () => {
    const { jobs } = await enqueue([draft({ estimatedCostMicroUsd: 40_000 }), draft({ estimatedCostMicroUsd: 40_000 })]);
    for (const job of jobs) await claimJob({ id: job.id, workerId: "w" });
    await failJob({ job: jobs[0]!, workerId: "w", code: "provider:bad_response", message: "m", costMicroUsd: 31_000 });
    await failJob({ job: jobs[1]!, workerId: "w", code: "provider:timeout", message: "m" });
    expect((await getJob(jobs[0]!.id))!.costMicroUsd).toBe(31_000);
    expect((await getJob(jobs[1]!.id))!.costMicroUsd).toBe(0);
    expect(await getMonthlySpend({ userId })).toMatchObject({ spentMicroUsd: 31_000, pendingMicroUsd: 0 });
  });

  it("cancels open jobs by id or all of a user's, never a finished one or another user's", async () => {
    const other = await createTestUser("other");
    const { jobs } = await enqueue([draft(), draft(), draft()]);
    const theirs = await enqueueJobs({ userId: other.id, plan: () => ({ jobs: [draft({ userId: other.id })] }) });
    await claimJob({ id: jobs[0]!.id, workerId: "w" });
    await completeJob(db(), { job: jobs[0]!, workerId: "w", imageIds: [], costMicroUsd: 5 });
    expect(await cancelJobs({ userId, scope: { ids: [jobs[0]!.id, jobs[1]!.id, theirs.jobs[0]!.id] } })).toEqual([jobs[1]!.id]);
    expect(await cancelJobs({ userId, scope: { all: true } })).toEqual([jobs[2]!.id]);
    expect((await getJob(jobs[0]!.id))!).toMatchObject({ status: "succeeded", costMicroUsd: 5 });
    expect((await getJob(theirs.jobs[0]!.id))!.status).toBe("queued");
  });

  it("marks every change with a later updatedAt", async () => {
    const { jobs } = await enqueue([draft()]);
    const before = (await getJob(jobs[0]!.id))!.updatedAt.getTime();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await claimJob({ id: jobs[0]!.id, workerId: "w" });
    expect((await getJob(jobs[0]!.id))!.updatedAt.getTime()).toBeGreaterThan(before);
  });
});
