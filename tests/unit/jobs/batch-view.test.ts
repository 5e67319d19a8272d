import { describe, expect, it } from "vitest";
import type { BatchRecord } from "@/lib/db/batches";
import type { JobState } from "@/lib/db/jobs";
import { summarizeBatch } from "@/lib/jobs/batch-view";

function job(over: Partial<JobState>): JobState {
  return {
    id: "j", userId: "u", kind: "scene", status: "queued", progress: 0, stage: null, engine: "openai", model: "gpt-image-2", modelSwitchedFrom: null,
    bypassCache: false, estimatedCostMicroUsd: 40_000, costMicroUsd: 0, billedMicroUsd: 0, errorCode: null, errorMessage: null, attempts: 0, previewKey: null,
    lockedBy: null, batchId: "b", segmentId: "s", subject: null, cacheHit: false, imageIds: [], createdAt: new Date(0), updatedAt: new Date(0), startedAt: null, finishedAt: null, ...over,
  };
}

describe("summarizeBatch", () => {
  const batch: BatchRecord = { id: "b", userId: "u", scriptId: "sc", bookId: null, status: "running", estimatedCostMicroUsd: 160_000, createdAt: new Date(0), finishedAt: null };

  it("counts each segment once, by its latest job, and sums the cost of every job", () => {
    const view = summarizeBatch(batch, [
      job({ id: "1", segmentId: "a", status: "succeeded", costMicroUsd: 30_000, imageIds: ["i1"] }),
      job({ id: "2", segmentId: "b", status: "failed", errorCode: "provider:timeout", errorMessage: "late" }),
      job({ id: "3", segmentId: "c", status: "running", progress: 50 }),
      job({ id: "4", segmentId: "b", status: "queued" }),
      job({ id: "5", segmentId: "d", status: "canceled" }),
    ]);
    expect(view.counts).toEqual({ total: 4, done: 1, failed: 0, canceled: 1, remaining: 2 });
    expect(view.status).toBe("running");
    expect(view.progress).toBe(Math.round((100 + 0 + 50 + 100) / 4));
    expect(view.jobs.map((j) => j.jobId)).toEqual(["1", "4", "3", "5"]);
    expect(view.costUsd).toBeCloseTo(0.03, 9);
    expect(view.estimatedCostUsd).toBeCloseTo(0.16, 9);
  });

  it("is finished when nothing is open, canceled when it was canceled", () => {
    const finished = summarizeBatch(batch, [job({ status: "succeeded" }), job({ id: "2", segmentId: "t", status: "failed", errorCode: "x:y", errorMessage: "m" })]);
    expect(finished.status).toBe("finished");
    expect(finished.jobs[1]!.error).toEqual({ code: "x:y", message: "m" });
    expect(summarizeBatch({ ...batch, status: "canceled" }, [job({ status: "canceled" })]).status).toBe("canceled");
  });

  it("counts a subject (a book page's slot) once, by its latest job, and a job with neither segment nor subject on its own", () => {
    const book: BatchRecord = { ...batch, scriptId: null, bookId: "bk" };
    const view = summarizeBatch(book, [
      job({ id: "1", segmentId: null, subject: "slot:0", status: "succeeded" }),
      job({ id: "2", segmentId: null, subject: "slot:1", status: "failed", errorCode: "provider:moderation_blocked", errorMessage: "m" }),
      job({ id: "3", segmentId: null, subject: "slot:1", status: "queued" }),
      job({ id: "4", segmentId: null, subject: null, status: "failed", errorCode: "x:y", errorMessage: "m" }),
      job({ id: "5", segmentId: null, subject: null, status: "succeeded" }),
    ]);
    expect(view.bookId).toBe("bk");
    expect(view.jobs.map((j) => j.jobId)).toEqual(["1", "3", "4", "5"]);
    expect(view.counts).toEqual({ total: 4, done: 2, failed: 1, canceled: 0, remaining: 1 });
  });

  it("keeps a segment and a subject of the same name apart", () => {
    const view = summarizeBatch(batch, [job({ id: "1", segmentId: "x", subject: null }), job({ id: "2", segmentId: null, subject: "x" })]);
    expect(view.counts.total).toBe(2);
  });
});
