import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST as startPage } from "@/app/api/coloring-pages/route";
import { GET as getJob } from "@/app/api/jobs/[id]/route";
import { GET as events } from "@/app/api/jobs/[id]/events/route";
import { POST as illustrate } from "@/app/api/scripts/[id]/illustrate/route";
import { POST as createScriptRoute } from "@/app/api/scripts/route";
import { POST as createToken } from "@/app/api/tokens/route";
import { db } from "@/lib/db/client";
import { consumeApiRequest } from "@/lib/limits/api";
import { acquireLiveConnection } from "@/lib/limits/live-connections";
import { consumeSignUpAttempt } from "@/lib/limits/sign-up";
import { consumeTokenCreation } from "@/lib/limits/tokens";
import { resetLimitStore } from "@/lib/limits/store";
import { configureEngine, createTestUser } from "../support/harness";
import { call } from "../support/routes";
import { SAME_SITE, sessionCookie } from "../support/sessions";
import { defineSignInLimitCases } from "../support/sign-in-cases";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function limits(extra: Record<string, string>): void {
  configureEngine({ extra: { LIMIT_API_PER_MINUTE: "100000", LIMIT_API_BURST: "0", ...extra } });
}

beforeEach(() => limits({}));
afterAll(resetLimitStore);

async function scriptOf(token: string, segments: number): Promise<string> {
  const text = Array.from({ length: segments }, (_v, i) => `${Math.floor(i / 60)}:${String(i % 60).padStart(2, "0")} Scene number ${i + 1}`).join("\n");
  const res = await call(createScriptRoute, { method: "POST", token, body: { title: "Long", style: "cartoon", text } });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
}

describe("sign-in failures (app database store)", () => {
  defineSignInLimitCases();
});

describe("sign-ups per address", () => {
  it("allows LIMIT_SIGNUPS_PER_IP an hour from one address (or one IPv6 /64), then 429 until the window ends", async () => {
    limits({ LIMIT_SIGNUPS_PER_IP: "2" });
    const ip = "203.0.113.50";
    await consumeSignUpAttempt({ ip, windowSeconds: 1 });
    await consumeSignUpAttempt({ ip, windowSeconds: 1 });
    await expect(consumeSignUpAttempt({ ip, windowSeconds: 1 })).rejects.toMatchObject({ code: "rate_limited:sign_up", status: 429, details: { retryAfterSeconds: 1 } });
    await expect(consumeSignUpAttempt({ ip: "203.0.113.51", windowSeconds: 1 })).resolves.toBeUndefined();
    await consumeSignUpAttempt({ ip: "2001:db8:5:6::1", windowSeconds: 1 });
    await consumeSignUpAttempt({ ip: "2001:db8:5:6::2", windowSeconds: 1 });
    await expect(consumeSignUpAttempt({ ip: "2001:db8:5:6:ffff::9", windowSeconds: 1 })).rejects.toMatchObject({ status: 429 });
    await sleep(1100);
    await expect(consumeSignUpAttempt({ ip, windowSeconds: 1 })).resolves.toBeUndefined();
  });
});

describe("token creation", () => {
  it("allows LIMIT_TOKENS_PER_HOUR, then answers 429 with Retry-After and creates nothing", async () => {
    limits({ LIMIT_TOKENS_PER_HOUR: "3" });
    const user = await createTestUser("tokens");
    const { cookie } = await sessionCookie(user.id);
    // createTestUser made one token already.
    for (let i = 0; i < 2; i++) expect((await call(createToken, { method: "POST", headers: { cookie, ...SAME_SITE }, body: { name: `t${i}` } })).status).toBe(201);
    const refused = await call(createToken, { method: "POST", headers: { cookie, ...SAME_SITE }, body: { name: "one too many" } });
    expect(refused.status).toBe(429);
    expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(await db().apiToken.count({ where: { userId: user.id } })).toBe(3);
  });

  it("recovers when its window ends", async () => {
    limits({ LIMIT_TOKENS_PER_HOUR: "1" });
    await consumeTokenCreation({ userId: "recovering", windowSeconds: 1 });
    await expect(consumeTokenCreation({ userId: "recovering", windowSeconds: 1 })).rejects.toMatchObject({ status: 429 });
    await sleep(1100);
    await expect(consumeTokenCreation({ userId: "recovering", windowSeconds: 1 })).resolves.toBeUndefined();
  });
});

describe("API requests per user", () => {
  it("answers 429 with Retry-After past LIMIT_API_PER_MINUTE, in the reader's language", async () => {
    const user = await createTestUser("flood");
    limits({ LIMIT_API_PER_MINUTE: "3" });
    for (let i = 0; i < 3; i++) expect((await call(getJob, { token: user.token, params: { id: "none" } })).status).toBe(404);
    const refused = await call(getJob, { token: user.token, params: { id: "none" }, headers: { "accept-language": "fr-FR,fr;q=0.9" } });
    expect(refused.status).toBe(429);
    expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ code: "rate_limited:api", error: expect.stringMatching(/^Trop de requêtes\. Réessayez dans \d+ (secondes?|minutes?)\.$/) });
    // Another user is not slowed down by this one.
    const other = await createTestUser("calm");
    expect((await call(getJob, { token: other.token, params: { id: "none" } })).status).toBe(404);
  });

  it("adds LIMIT_API_BURST above the rate, and recovers when the window ends", async () => {
    limits({ LIMIT_API_PER_MINUTE: "2", LIMIT_API_BURST: "2" });
    const windows = { rateSeconds: 1, burstSeconds: 1 };
    for (let i = 0; i < 4; i++) await consumeApiRequest({ userId: "bursty", windows });
    await expect(consumeApiRequest({ userId: "bursty", windows })).rejects.toMatchObject({ code: "rate_limited:api", status: 429 });
    await sleep(1100);
    await expect(consumeApiRequest({ userId: "bursty", windows })).resolves.toBeUndefined();
  });

  it("lets a page poll a job's status every second for minutes within the defaults", async () => {
    configureEngine({});
    const user = await createTestUser("poller");
    for (let i = 0; i < 240; i++) expect((await call(getJob, { token: user.token, params: { id: "none" } })).status).toBe(404);
  });
});

describe("open jobs per user", () => {
  it("lets one script of the largest size (300 segments) be illustrated as one batch with the defaults", async () => {
    configureEngine({});
    const user = await createTestUser("big-script");
    const scriptId = await scriptOf(user.token, 300);
    const res = await call(illustrate, { method: "POST", token: user.token, params: { id: scriptId }, body: {} });
    expect(res.status).toBe(202);
    expect(((await res.json()).jobIds as string[]).length).toBe(300);
  });

  it("refuses a batch that would pass LIMIT_OPEN_JOBS with 429 and Retry-After, queuing nothing; a batch that fits exactly passes", async () => {
    const user = await createTestUser("capped");
    const scriptId = await scriptOf(user.token, 6);
    limits({ LIMIT_OPEN_JOBS: "5" });
    const refused = await call(illustrate, { method: "POST", token: user.token, params: { id: scriptId }, body: {} });
    expect(refused.status).toBe(429);
    expect(refused.response.headers.get("retry-after")).toBe("30");
    expect(await refused.json()).toMatchObject({ code: "rate_limited:open_jobs", openJobs: 0, limit: 5, requested: 6 });
    expect(await db().job.count({ where: { userId: user.id } })).toBe(0);
    limits({ LIMIT_OPEN_JOBS: "6" });
    expect((await call(illustrate, { method: "POST", token: user.token, params: { id: scriptId }, body: {} })).status).toBe(202);
    // Every one of them counts: one more page is now refused.
    const page = await call(startPage, { method: "POST", token: user.token, body: { theme: "one more" } });
    expect(page.status).toBe(429);
    expect(await db().job.count({ where: { userId: user.id } })).toBe(6);
  });
});

describe("live connections per user", () => {
  it("holds at most LIMIT_SSE_PER_USER streams; closing one frees its place", async () => {
    limits({ LIMIT_SSE_PER_USER: "2" });
    const user = await createTestUser("watcher");
    const job = await db().job.create({ data: { userId: user.id, kind: "coloring", input: "{}", engine: "offline", model: "m" } });
    const open = async () => call(events, { token: user.token, params: { id: job.id } });
    const first = await open();
    const second = await open();
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await open();
    expect(third.status).toBe(429);
    expect(third.response.headers.get("retry-after")).toBe("10");
    await first.response.body!.cancel();
    await sleep(50);
    const again = await open();
    expect(again.status).toBe(200);
    await second.response.body!.cancel();
    await again.response.body!.cancel();
  });

  it("forgets the place of a connection whose server stopped renewing it", async () => {
    limits({ LIMIT_SSE_PER_USER: "1" });
    const timing = { ttlMs: 300, renewMs: 60_000 };
    await acquireLiveConnection({ userId: "crashed", timing });
    await expect(acquireLiveConnection({ userId: "crashed", timing })).rejects.toMatchObject({ code: "rate_limited:live" });
    await sleep(400);
    const lease = await acquireLiveConnection({ userId: "crashed", timing });
    await lease.release();
  });
});
