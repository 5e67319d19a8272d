import { describe, expect, it } from "vitest";
import { segmentAnchor, summarizeBatchOutcome } from "@/components/scripts/batch-summary";
import type { BatchJobView, BatchView } from "@/lib/shared/views";

const job = (segmentId: string | null, status: string, message?: string): BatchJobView => ({
  jobId: `job-${segmentId}`,
  segmentId,
  status,
  progress: status === "succeeded" ? 100 : 0,
  stage: null,
  error: message ? { code: "provider:error", message } : null,
  imageIds: [],
  costUsd: 0,
});

function batchOf(jobs: BatchJobView[]): BatchView {
  const count = (s: string) => jobs.filter((j) => j.status === s).length;
  const counts = { total: jobs.length, done: count("succeeded"), failed: count("failed"), canceled: count("canceled"), remaining: count("queued") + count("running") };
  return { id: "b", scriptId: "s", bookId: null, status: counts.remaining > 0 ? "running" : "finished", counts, progress: 0, estimatedCostUsd: 0, costUsd: 0, jobs };
}

const segments = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, text: `Scene ${i + 1} text\nsecond line` }));

describe("summarizeBatchOutcome", () => {
  it("splits 10 done and 2 failed of 12, and lists the failed scenes in script order with links", () => {
    const jobs = segments.map((s, i) => job(s.id, i === 9 ? "failed" : i === 3 ? "canceled" : "succeeded", i === 9 ? "Rate limited" : undefined));
    const summary = summarizeBatchOutcome(batchOf(jobs.reverse()), segments);
    expect(summary).toMatchObject({ total: 12, done: 10, failed: 2, remaining: 0 });
    expect(summary.shares).toEqual({ done: 83.3, failed: 16.7 });
    expect(summary.failedScenes).toEqual([
      { segmentId: "s3", number: 4, text: "Scene 4 text", status: "canceled", reason: null, anchor: "seg-s3-row" },
      { segmentId: "s9", number: 10, text: "Scene 10 text", status: "failed", reason: "Rate limited", anchor: "seg-s9-row" },
    ]);
  });

  it("shows all done as a full green share and no failed scene", () => {
    const summary = summarizeBatchOutcome(batchOf(segments.map((s) => job(s.id, "succeeded"))), segments);
    expect(summary.shares).toEqual({ done: 100, failed: 0 });
    expect(summary.failedScenes).toEqual([]);
  });

  it("counts running scenes as neither done nor failed", () => {
    const jobs = [job("s0", "succeeded"), job("s1", "running"), job("s2", "failed", "x"), job("s3", "queued")];
    const summary = summarizeBatchOutcome(batchOf(jobs), segments);
    expect(summary).toMatchObject({ done: 1, failed: 1, remaining: 2, shares: { done: 25, failed: 25 } });
  });

  it("counts but does not list a failed job whose segment is gone", () => {
    const summary = summarizeBatchOutcome(batchOf([job("gone", "failed", "x"), job("s1", "failed", "y")]), segments);
    expect(summary.failed).toBe(2);
    expect(summary.failedScenes.map((s) => s.segmentId)).toEqual(["s1"]);
  });

  it("numbers scenes by their place in the script, and anchors the segment row", () => {
    const summary = summarizeBatchOutcome(batchOf([job("s11", "failed", "x")]), segments);
    expect(summary.failedScenes[0]).toMatchObject({ number: 12, anchor: segmentAnchor("s11") });
    expect(segmentAnchor("abc")).toBe("seg-abc-row");
  });

  it("an empty batch has empty shares", () => {
    expect(summarizeBatchOutcome(batchOf([]), segments).shares).toEqual({ done: 0, failed: 0 });
  });
});
