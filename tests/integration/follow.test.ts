import { beforeEach, describe, expect, it } from "vitest";
import { GET as followRoute } from "@/app/api/follow/route";
import { GET as followEventsRoute } from "@/app/api/follow/events/route";
import { GET as jobEventsRoute } from "@/app/api/jobs/[id]/events/route";
import { db } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { enqueueJobs, followJobs, type FollowEvent, type JobDraft } from "@/lib/jobs";
import { claimJob, completeJob, recordProgress } from "@/lib/jobs/transitions";
import { createTestUser } from "../support/harness";
import { call } from "../support/routes";

let user: { id: string; token: string };

beforeEach(async () => {
  user = await createTestUser("follow");
});

function draft(over: Partial<JobDraft> = {}): JobDraft {
  return { userId: user.id, kind: "test", input: { big: "x".repeat(10_000) }, engine: "offline", model: "offline-composer", ...over };
}

async function queue(count: number, owner?: string): Promise<string[]> {
  const { jobs } = await enqueueJobs({ userId: user.id, ...(owner ? { batch: { owner: { scriptId: owner } } } : {}), plan: () => ({ jobs: Array.from({ length: count }, () => draft()) }) });
  return jobs.map((j) => j.id);
}

/** A free job as its runner holds it (nothing to settle). */
const held = (id: string) => ({ id, userId: user.id, createdAt: new Date(), estimatedCostMicroUsd: 0 });

async function finish(id: string): Promise<void> {
  await claimJob({ id, workerId: "w" });
  await completeJob(db(), { job: held(id), workerId: "w", imageIds: [], costMicroUsd: 0 });
}

/** Runs a follower until it ends (or `ms` pass), acting on the database as events arrive. */
async function collect(request: Omit<Parameters<typeof followJobs>[0], "signal" | "userId">, act: (events: FollowEvent[]) => Promise<void> = async () => undefined, ms = 10_000) {
  const received: Array<{ events: FollowEvent[]; version: number }> = [];
  const signal = AbortSignal.timeout(ms);
  let acting = Promise.resolve();
  await followJobs({ userId: user.id, pollMs: 20, signal, ...request }, (events, version) => {
    received.push({ events, version });
    acting = acting.then(() => act(events));
  });
  await acting;
  return { received, ended: !signal.aborted };
}

async function aScript(): Promise<string> {
  return (await db().script.create({ data: { userId: user.id, title: "t", style: "cinematic" }, select: { id: true } })).id;
}

describe("following jobs and batches over one connection", () => {
  it("sends each job as it is, then its changes, and ends when all have finished", async () => {
    const [a, b] = await queue(2);
    let step = 0;
    const { received, ended } = await collect({ target: { jobIds: [a!, b!], batchIds: [] } }, async () => {
      step += 1;
      if (step === 1) {
        await claimJob({ id: a!, workerId: "w" });
        await recordProgress({ id: a!, workerId: "w", progress: 40, stage: "drawing" });
      } else if (step === 2) {
        await completeJob(db(), { job: held(a!), workerId: "w", imageIds: [], costMicroUsd: 0 });
        await finish(b!);
      }
    });
    expect(ended).toBe(true);
    const jobs = received.flatMap((r) => r.events.flatMap((e) => (e.type === "job" ? [e.job] : [])));
    expect(jobs.slice(0, 2).map((j) => [j.id, j.status])).toEqual([[a, "queued"], [b, "queued"]]);
    expect(jobs).toContainEqual(expect.objectContaining({ id: a, status: "running", progress: 40, stage: "drawing" }));
    expect(jobs.filter((j) => j.status === "succeeded").map((j) => j.id).sort()).toEqual([a, b].sort());
    // Nothing is sent twice, and versions never go back.
    expect(new Set(jobs.map((j) => JSON.stringify(j))).size).toBe(jobs.length);
    for (let i = 1; i < received.length; i++) expect(received[i]!.version).toBeGreaterThanOrEqual(received[i - 1]!.version);
    expect(JSON.stringify(jobs)).not.toContain("xxxxxxxx");
  });

  it("resumes after a version: only what changed since is sent again", async () => {
    const [a, b] = await queue(2);
    const first = await collect({ target: { jobIds: [a!, b!], batchIds: [] } }, async () => undefined, 300);
    const since = first.received.at(-1)!.version;
    await new Promise((resolve) => setTimeout(resolve, 10));
    await db().job.update({ where: { id: b! }, data: { stage: "later", updatedAt: new Date(since + 60_000) } });
    const resumed = await collect({ target: { jobIds: [a!, b!], batchIds: [] }, since: since + 30_000 }, async () => undefined, 300);
    const jobs = resumed.received.flatMap((r) => r.events.flatMap((e) => (e.type === "job" ? [e.job.id] : [])));
    expect(jobs).toEqual([b]);
  });

  it("says which followed ids do not exist or are another user's, and stops following them", async () => {
    const other = await createTestUser("other");
    const { jobs } = await enqueueJobs({ userId: other.id, plan: () => ({ jobs: [draft({ userId: other.id })] }) });
    const { received, ended } = await collect({ target: { jobIds: ["nope", jobs[0]!.id], batchIds: ["none"] } });
    expect(ended).toBe(true);
    expect(received.flatMap((r) => r.events)).toEqual([{ type: "missing", jobs: ["nope", jobs[0]!.id], batches: ["none"] }]);
  });

  it("follows a batch as a whole until it has finished", async () => {
    const ids = await queue(3, await aScript());
    const batchId = (await db().job.findUniqueOrThrow({ where: { id: ids[0]! }, select: { batchId: true } })).batchId!;
    let step = 0;
    const { received, ended } = await collect({ target: { jobIds: [], batchIds: [batchId] } }, async () => {
      if (step < ids.length) await finish(ids[step++]!);
    });
    expect(ended).toBe(true);
    const batches = received.flatMap((r) => r.events.flatMap((e) => (e.type === "batch" ? [e.batch] : [])));
    expect(batches.map((b) => b.counts.done)).toEqual([0, 1, 2, 3]);
    expect(batches.at(-1)).toMatchObject({ id: batchId, status: "finished", progress: 100 });
  });

  it("ends after its time is up while work goes on, and says so", async () => {
    const [a] = await queue(1);
    const started = Date.now();
    const outcome = await followJobs({ userId: user.id, target: { jobIds: [a!], batchIds: [] }, signal: AbortSignal.timeout(5_000), pollMs: 20, maxMs: 150 }, () => undefined);
    expect(outcome).toBe("expired");
    expect(Date.now() - started).toBeLessThan(2_000);
    await finish(a!);
    expect(await followJobs({ userId: user.id, target: { jobIds: [a!], batchIds: [] }, signal: AbortSignal.timeout(5_000), pollMs: 20, maxMs: 150 }, () => undefined)).toBe("finished");
  });

  it("follows every change of the user's jobs when given no id, and none of another user's", async () => {
    const other = await createTestUser("stranger");
    const controller = new AbortController();
    const seen: string[] = [];
    const following = followJobs({ userId: user.id, target: { jobIds: [], batchIds: [] }, signal: controller.signal, pollMs: 20 }, (events) => {
      for (const event of events) if (event.type === "job") seen.push(event.job.id);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [mine] = await queue(1);
    await enqueueJobs({ userId: other.id, plan: () => ({ jobs: [draft({ userId: other.id })] }) });
    for (let i = 0; i < 100 && !seen.includes(mine!); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await following;
    expect(seen).toEqual([mine]);
  });
});

/** The events of a server-sent stream, read until `event: end` or `ms`. */
async function readStream(response: Response, ms = 15_000): Promise<Array<{ id?: string; event: string; data: unknown }>> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const deadline = Date.now() + ms;
  let text = "";
  while (!text.includes("event: end") && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text
    .split("\n\n")
    .filter((block) => /^event: /m.test(block))
    .map((block) => {
      const field = (name: string) => new RegExp(`^${name}: (.*)$`, "m").exec(block)?.[1];
      return { id: field("id"), event: field("event")!, data: JSON.parse(field("data") ?? "null") as unknown };
    });
}

describe("GET /api/follow and /api/follow/events", () => {
  it("streams the followed jobs with versions as event ids, and ends once they have finished", async () => {
    const [a] = await queue(1);
    const pending = call(followEventsRoute, { token: user.token, path: `/api/follow/events?jobs=${a}` });
    setTimeout(() => void finish(a!), 200);
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.response.headers.get("content-type")).toContain("text/event-stream");
    const events = await readStream(res.response);
    expect(events.at(-1)?.event).toBe("end");
    const jobs = events.filter((e) => e.event === "job");
    expect(jobs.map((e) => (e.data as { status: string }).status)).toEqual(["queued", "succeeded"]);
    expect(Number(jobs[1]!.id)).toBeGreaterThanOrEqual(Number(jobs[0]!.id));
  });

  it("sends only later changes to a client that reconnects with Last-Event-ID", async () => {
    const [a, b] = await queue(2);
    const first = await readStream((await call(followEventsRoute, { token: user.token, path: `/api/follow/events?jobs=${a},${b}` })).response, 1500);
    const lastId = first.filter((e) => e.id).at(-1)!.id!;
    await db().job.update({ where: { id: a! }, data: { stage: "moved on", updatedAt: new Date(Number(lastId) + 60_000) } });
    const resumed = await readStream(
      (await call(followEventsRoute, { token: user.token, path: `/api/follow/events?jobs=${a},${b}`, headers: { "last-event-id": String(Number(lastId) + 30_000) } })).response,
      1500,
    );
    expect(resumed.filter((e) => e.event === "job").map((e) => (e.data as { id: string; stage: string }).id)).toEqual([a]);
  });

  it("closes a stream after FOLLOW_STREAM_SECONDS without `end`, so the browser reconnects and resumes", async () => {
    const [a] = await queue(1);
    process.env.FOLLOW_STREAM_SECONDS = "1";
    resetEnvForTests();
    try {
      const started = Date.now();
      const events = await readStream((await call(followEventsRoute, { token: user.token, path: `/api/follow/events?jobs=${a}` })).response, 8_000);
      expect(Date.now() - started).toBeLessThan(6_000);
      expect(events.map((e) => e.event)).toEqual(["job"]);
    } finally {
      delete process.env.FOLLOW_STREAM_SECONDS;
      resetEnvForTests();
    }
  });

  it("answers a snapshot for the polling fallback, with what is missing", async () => {
    const [a] = await queue(1);
    const res = await call(followRoute, { token: user.token, path: `/api/follow?jobs=${a},gone&batches=none` });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ jobs: [{ id: a, status: "queued" }], batches: [], missing: { jobs: ["gone"], batches: ["none"] } });
  });

  it("refuses more than 200 ids and unknown parameters, and strangers", async () => {
    const many = Array.from({ length: 201 }, (_, i) => `j${i}`).join(",");
    expect((await call(followRoute, { token: user.token, path: `/api/follow?jobs=${many}` })).status).toBe(400);
    const fine = Array.from({ length: 200 }, (_, i) => `j${i}`).join(",");
    expect((await call(followRoute, { token: user.token, path: `/api/follow?jobs=${fine}` })).status).toBe(200);
    expect((await call(followRoute, { token: user.token, path: "/api/follow?user=someone" })).status).toBe(400);
    expect((await call(followEventsRoute, { token: "ink_nobody", path: "/api/follow/events?jobs=a" })).status).toBe(401);
  });

  it("keeps GET /api/jobs/:id/events for one job, and 404 for another user's", async () => {
    const [a] = await queue(1);
    setTimeout(() => void finish(a!), 200);
    const events = await readStream((await call(jobEventsRoute, { token: user.token, params: { id: a! } })).response);
    expect(events.filter((e) => e.event === "job").map((e) => (e.data as { status: string }).status)).toEqual(["queued", "succeeded"]);
    const stranger = await createTestUser("stranger");
    expect((await call(jobEventsRoute, { token: stranger.token, params: { id: a! } })).status).toBe(404);
  });
});
