import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/components/api/api-error";
import { FollowConnection, type FollowEnvironment, type FollowHandlers } from "@/components/jobs/follow-connection";
import type { BatchView, FollowSnapshot, JobView } from "@/lib/shared/views";
import { FakeEventSource } from "../../support/event-source.fake";

function job(id: string, status: string): JobView {
  return { id, kind: "coloring", status, progress: 0, stage: null, engine: "offline", model: "m", imageIds: [], cached: false, estimatedCostUsd: 0, costUsd: 0, error: null, previewUrl: null, modelSwitchedFrom: null, attempts: 0, batchId: null, segmentId: null, createdAt: "", startedAt: null, finishedAt: null };
}

function batch(id: string, status: BatchView["status"]): BatchView {
  return { id, scriptId: "s", bookId: null, status, counts: { total: 1, done: 0, failed: 0, canceled: 0, remaining: 1 }, progress: 0, estimatedCostUsd: 0, costUsd: 0, jobs: [] };
}

const empty: FollowSnapshot = { jobs: [], batches: [], missing: { jobs: [], batches: [] } };
let handlers: {
  onJob: ReturnType<typeof vi.fn<FollowHandlers["onJob"]>>;
  onBatch: ReturnType<typeof vi.fn<FollowHandlers["onBatch"]>>;
  onMissing: ReturnType<typeof vi.fn<FollowHandlers["onMissing"]>>;
  onLost: ReturnType<typeof vi.fn<FollowHandlers["onLost"]>>;
};
let snapshots: Array<FollowSnapshot | ApiError>;
let polled: string[];

function environment(over: Partial<FollowEnvironment> = {}): FollowEnvironment {
  return {
    EventSource: FakeEventSource as unknown as FollowEnvironment["EventSource"],
    fetchSnapshot: async (url) => {
      polled.push(url);
      const next = snapshots.shift() ?? empty;
      if (next instanceof ApiError) throw next;
      return next;
    },
    pollMs: 5,
    maxReconnects: 2,
    ...over,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const started: FollowConnection[] = [];

function follow(targets: { jobIds: string[]; batchIds: string[] }, env = environment()): FollowConnection {
  const connection = new FollowConnection(targets, handlers, env);
  started.push(connection);
  connection.start();
  return connection;
}

afterEach(() => {
  for (const connection of started.splice(0)) connection.stop();
});

beforeEach(() => {
  FakeEventSource.instances = [];
  snapshots = [];
  polled = [];
  handlers = { onJob: vi.fn<FollowHandlers["onJob"]>(), onBatch: vi.fn<FollowHandlers["onBatch"]>(), onMissing: vi.fn<FollowHandlers["onMissing"]>(), onLost: vi.fn<FollowHandlers["onLost"]>() };
});

describe("following jobs and batches in the browser", () => {
  it("opens one stream for every job and batch, and closes it once all have finished", () => {
    const connection = follow({ jobIds: ["a", "b"], batchIds: ["x"] }, environment());
    const source = FakeEventSource.latest();
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(source.url).toBe("/api/follow/events?jobs=a,b&batches=x");
    source.emit("job", job("a", "running"));
    source.emit("job", job("a", "succeeded"));
    source.emit("batch", batch("x", "finished"));
    expect(connection.isStopped).toBe(false);
    source.emit("missing", { jobs: ["b"], batches: [] });
    expect(handlers.onJob).toHaveBeenCalledTimes(2);
    expect(handlers.onBatch).toHaveBeenCalledWith(batch("x", "finished"));
    expect(handlers.onMissing).toHaveBeenCalledWith({ jobs: ["b"], batches: [] });
    expect(connection.isStopped).toBe(true);
    expect(source.readyState).toBe(2);
    // Nothing is delivered once stopped, and nothing about ids it does not follow.
    source.emit("job", job("a", "running"));
    expect(handlers.onJob).toHaveBeenCalledTimes(2);
  });

  it("lets the browser reconnect after a blip, and polls only after too many failures in a row", async () => {
    follow({ jobIds: ["a"], batchIds: [] }, environment());
    const source = FakeEventSource.latest();
    source.fail(0);
    source.fail(0);
    source.emit("job", job("a", "running"));
    source.fail(0);
    source.fail(0);
    await settle();
    expect(polled).toEqual([]);
    expect(source.readyState).toBe(0);
    source.fail(0);
    await settle();
    expect(source.readyState).toBe(2);
    expect(polled[0]).toBe("/api/follow?jobs=a");
  });

  it("polls at once when the stream is refused, and stops when everything has finished", async () => {
    snapshots = [empty, { jobs: [job("a", "running")], batches: [batch("x", "running")], missing: { jobs: [], batches: [] } }, { jobs: [job("a", "failed")], batches: [batch("x", "canceled")], missing: { jobs: [], batches: [] } }];
    const connection = follow({ jobIds: ["a"], batchIds: ["x"] }, environment());
    FakeEventSource.latest().fail(2);
    for (let i = 0; i < 50 && !connection.isStopped; i++) await settle();
    expect(connection.isStopped).toBe(true);
    expect(handlers.onJob.mock.calls.map(([j]) => j.status)).toEqual(["running", "failed"]);
    expect(handlers.onBatch.mock.calls.map(([b]) => b.status)).toEqual(["running", "canceled"]);
    const count = polled.length;
    await settle();
    expect(polled).toHaveLength(count);
  });

  it("asks only about what is still open, and gives up when the session has ended", async () => {
    snapshots = [{ jobs: [job("a", "succeeded")], batches: [], missing: { jobs: [], batches: [] } }, new ApiError(500, "internal:unexpected", ""), new ApiError(401, "unauthorized:session", "Sign in")];
    const connection = follow({ jobIds: ["a", "b"], batchIds: [] }, environment({ EventSource: undefined }));
    for (let i = 0; i < 50 && !connection.isStopped; i++) await settle();
    expect(polled).toEqual(["/api/follow?jobs=a,b", "/api/follow?jobs=b", "/api/follow?jobs=b"]);
    expect(handlers.onLost).toHaveBeenCalledWith(expect.objectContaining({ status: 401, code: "unauthorized:session" }));
    expect(connection.isStopped).toBe(true);
  });

  it("stops at the server's end event, and ignores a malformed event", () => {
    const connection = follow({ jobIds: ["a"], batchIds: [] }, environment());
    const source = FakeEventSource.latest();
    source.emit("job", "{not json");
    expect(handlers.onJob).not.toHaveBeenCalled();
    source.emit("end", {});
    expect(connection.isStopped).toBe(true);
  });

  it("opens nothing when there is nothing to follow", () => {
    const connection = follow({ jobIds: [], batchIds: [] }, environment());
    expect(FakeEventSource.instances).toHaveLength(0);
    expect(connection.isStopped).toBe(true);
  });
});
