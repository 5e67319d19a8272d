import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { postgresUnavailableReason, startPostgres, type PostgresCluster } from "../support/postgres";
import { startFakeOpenAI, type FakeOpenAI } from "../support/openai-server";

// Queuing work through the HTTP routes on a real PostgreSQL, many requests at once over a pool of
// connections (READ COMMITTED, row locks): the caps hold because the reservation is one
// conditional update and locks the user's counter row before the open-jobs count.

const execFileAsync = promisify(execFile);
const root = path.resolve(__dirname, "../..");
const unavailable = postgresUnavailableReason();
if (unavailable) console.warn(`enqueue-postgres.test.ts skipped: ${unavailable}`);

vi.mock("@/generated/prisma/client", async (importOriginal) => {
  const generated = process.env.INKWELL_TEST_PG_CLIENT;
  return generated ? import(/* @vite-ignore */ generated) : importOriginal();
});

async function prismaCli(args: string[], databaseUrl: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" };
  delete env.INKWELL_DB_PROVIDER;
  await execFileAsync(path.join(root, "node_modules", ".bin", "prisma"), args, { cwd: root, env });
}

// Loaded once the PostgreSQL client is in place (see reservation-postgres.test.ts).
type Routes = typeof import("../support/routes");
type Harness = typeof import("../support/harness");
let call: Routes["call"];
let harness: Harness;
let startPage: (typeof import("@/app/api/coloring-pages/route"))["POST"];
let reserved: (userId?: string) => Promise<number>;
let countJobs: (userIds: string[]) => Promise<number>;
let setBudget: (userId: string, usd: number) => Promise<unknown>;
let installationTotal: () => Promise<number>;

const ENV = { LIMIT_API_PER_MINUTE: "100000", LIMIT_API_BURST: "0", GLOBAL_MONTHLY_BUDGET_USD: "", LIMIT_OPEN_JOBS: "320" };
const ESTIMATE_THEME = { engine: "openai", quality: "low" } as const;

describe.skipIf(unavailable !== null)("queuing work on PostgreSQL, concurrent requests", () => {
  let cluster: PostgresCluster | undefined;
  let server: FakeOpenAI | undefined;
  let scratch = "";
  let estimate = 0;

  beforeAll(async () => {
    cluster = await startPostgres();
    const admin = new pg.Pool({ connectionString: cluster.url() });
    await admin.query("CREATE DATABASE inkwell_enqueue").finally(() => admin.end());
    const databaseUrl = cluster.url("inkwell_enqueue");
    scratch = fs.mkdtempSync(path.join(root, ".local", "pg-client-"));
    const output = path.join(scratch, "client");
    const schema = fs.readFileSync(path.join(root, "prisma", "postgres", "schema.prisma"), "utf8").replace(/^(\s*output\s*=\s*)"[^"]*"/m, `$1${JSON.stringify(output)}`);
    fs.writeFileSync(path.join(scratch, "schema.prisma"), schema);
    await Promise.all([prismaCli(["migrate", "deploy"], databaseUrl), prismaCli(["generate", "--schema", path.join(scratch, "schema.prisma")], databaseUrl)]);
    process.env.INKWELL_TEST_PG_CLIENT = path.join(output, "client.ts");
    process.env.DATABASE_URL = databaseUrl;
    resetEnvForTests();
    server = await startFakeOpenAI();
    harness = await import("../support/harness");
    harness.configureEngine({ openaiUrl: server.url, extra: ENV });
    ({ call } = await import("../support/routes"));
    ({ POST: startPage } = await import("@/app/api/coloring-pages/route"));
    const { db } = await import("@/lib/db/client");
    const { reservedThisMonth } = await import("@/lib/billing/reservation");
    const { POST: estimateRoute } = await import("@/app/api/coloring-pages/estimate/route");
    const { getInstallationSpend } = await import("@/lib/billing/budget");
    installationTotal = async () => {
      const spend = await getInstallationSpend();
      return spend.spentMicroUsd + spend.pendingMicroUsd;
    };
    reserved = (userId) => db().$transaction((tx) => reservedThisMonth(tx, { userId }));
    countJobs = (userIds) => db().job.count({ where: { userId: { in: userIds } } });
    setBudget = (userId, usd) => db().user.update({ where: { id: userId }, data: { budgetUsd: usd } });
    const probe = await harness.createTestUser("pg-estimate");
    const answer = await call(estimateRoute, { method: "POST", token: probe.token, body: { theme: "a lighthouse", ...ESTIMATE_THEME } });
    estimate = Math.round(Number((await answer.json()).estimatedCostUsd) * 1_000_000);
    expect(estimate).toBeGreaterThan(0);
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    cluster?.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  async function burst(token: string, count: number, label: string, body: Record<string, unknown> = ESTIMATE_THEME) {
    const answers = await Promise.all(Array.from({ length: count }, (_v, i) => call(startPage, { method: "POST", token, body: { theme: `${label} ${i}`, ...body } })));
    return Promise.all(answers.map(async (a) => ({ status: a.status, code: (await a.json()).code })));
  }

  it("one user: never more reserved than the budget; the losers get 402 with nothing written", async () => {
    const user = await harness.createTestUser("pg-racer");
    await setBudget(user.id, (3 * estimate) / 1_000_000);
    const answers = await burst(user.token, 8, "race");
    expect(answers.filter((a) => a.status === 202)).toHaveLength(3);
    for (const a of answers.filter((x) => x.status !== 202)) expect(a).toEqual({ status: 402, code: "budget:exceeded" });
    expect(await countJobs([user.id])).toBe(3);
    expect(await reserved(user.id)).toBe(3 * estimate);
  });

  it("two users against GLOBAL_MONTHLY_BUDGET_USD: the installation never goes past it", async () => {
    const [a, b] = [await harness.createTestUser("pg-a"), await harness.createTestUser("pg-b")];
    // What the installation's counter starts from: the month's jobs so far, as the Admin page shows.
    const used = await installationTotal();
    harness.configureEngine({ openaiUrl: server!.url, extra: { ...ENV, GLOBAL_MONTHLY_BUDGET_USD: String((used + 4 * estimate) / 1_000_000) } });
    try {
      const answers = (await Promise.all([burst(a.token, 4, "global a"), burst(b.token, 4, "global b")])).flat();
      expect(answers.filter((x) => x.status === 202)).toHaveLength(4);
      for (const x of answers.filter((y) => y.status !== 202)) expect(x).toEqual({ status: 402, code: "budget:installation" });
      expect(await countJobs([a.id, b.id])).toBe(4);
      expect(await reserved()).toBe(used + 4 * estimate);
      expect(await installationTotal()).toBe(used + 4 * estimate);
    } finally {
      harness.configureEngine({ openaiUrl: server!.url, extra: ENV });
    }
  });

  it("the open-jobs cap holds under concurrent free requests: exactly LIMIT_OPEN_JOBS are queued", async () => {
    harness.configureEngine({ openaiUrl: server!.url, extra: { ...ENV, LIMIT_OPEN_JOBS: "3" } });
    try {
      const user = await harness.createTestUser("pg-open");
      const answers = await burst(user.token, 10, "free", { engine: "offline" });
      expect(answers.filter((a) => a.status === 202)).toHaveLength(3);
      for (const a of answers.filter((x) => x.status !== 202)) expect(a).toEqual({ status: 429, code: "rate_limited:open_jobs" });
      expect(await countJobs([user.id])).toBe(3);
    } finally {
      harness.configureEngine({ openaiUrl: server!.url, extra: ENV });
    }
  });
});
