import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { postgresUnavailableReason, startPostgres, type PostgresCluster } from "../support/postgres";

// Two separate server processes (tests/support/route-server.ts: the app's real route handlers on
// node:http) on one PostgreSQL, and concurrent HTTP requests split between them: a user's budget,
// the installation's cap and the open-jobs cap hold exactly, as they must with several web servers.

const execFileAsync = promisify(execFile);
const root = path.resolve(__dirname, "../..");
const unavailable = postgresUnavailableReason();
if (unavailable) console.warn(`enqueue-postgres-servers.test.ts skipped: ${unavailable}`);

vi.mock("@/generated/prisma/client", async (importOriginal) => {
  const generated = process.env.INKWELL_TEST_PG_CLIENT;
  return generated ? import(/* @vite-ignore */ generated) : importOriginal();
});

async function prismaCli(args: string[], databaseUrl: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" };
  delete env.INKWELL_DB_PROVIDER;
  await execFileAsync(path.join(root, "node_modules", ".bin", "prisma"), args, { cwd: root, env });
}

/** Starts one route server and waits for the URL it prints. */
async function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "tests/support/route-server.ts")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  // What a server logs (errors only, LOG_LEVEL=error) shows in the test's output.
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => {
      const parsed = /^\{"url":"([^"]+)"\}$/.exec(line);
      if (parsed) resolve(parsed[1]!);
    });
    child.once("exit", (code) => reject(new Error(`route server exited with ${code}: ${stderr.slice(-2000)}`)));
  });
  return { url, child };
}

async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

const ESTIMATE_THEME = { engine: "openai", quality: "low" } as const;
// What the servers are started with: the installation's cap is set in the test that reaches it.
const OPEN_JOBS = 3;
const INSTALLATION_ESTIMATES = 6;

type Answer = { status: number; code: unknown };

describe.skipIf(unavailable !== null)("queuing work through two server processes on one PostgreSQL", () => {
  let cluster: PostgresCluster | undefined;
  let scratch = "";
  let servers: { url: string; child: ChildProcess }[] = [];
  let estimate = 0;
  let harness: typeof import("../support/harness");
  let countJobs: (userIds: string[]) => Promise<number>;
  let reserved: (userId?: string) => Promise<number>;
  let setBudget: (userId: string, usd: number) => Promise<unknown>;

  beforeAll(async () => {
    cluster = await startPostgres();
    const admin = new pg.Pool({ connectionString: cluster.url() });
    await admin.query("CREATE DATABASE inkwell_servers").finally(() => admin.end());
    const databaseUrl = cluster.url("inkwell_servers");
    fs.mkdirSync(path.join(root, ".local"), { recursive: true });
    scratch = fs.mkdtempSync(path.join(root, ".local", "pg-client-"));
    const output = path.join(scratch, "client");
    const schema = fs.readFileSync(path.join(root, "prisma", "postgres", "schema.prisma"), "utf8").replace(/^(\s*output\s*=\s*)"[^"]*"/m, `$1${JSON.stringify(output)}`);
    fs.writeFileSync(path.join(scratch, "schema.prisma"), schema);
    await Promise.all([prismaCli(["migrate", "deploy"], databaseUrl), prismaCli(["generate", "--schema", path.join(scratch, "schema.prisma")], databaseUrl)]);
    process.env.INKWELL_TEST_PG_CLIENT = path.join(output, "client.ts");
    process.env.DATABASE_URL = databaseUrl;
    harness = await import("../support/harness");
    // The servers price with OpenAI's table; no provider call is made (nothing runs the jobs).
    harness.configureEngine({ openaiUrl: "http://127.0.0.1:9/v1", extra: { LIMIT_API_PER_MINUTE: "100000", LIMIT_API_BURST: "0", LIMIT_OPEN_JOBS: String(OPEN_JOBS) } });
    const { estimateColoringRequest } = await import("@/lib/coloring/estimate");
    const { coloringEstimateSchema } = await import("@/lib/coloring/schema");
    const { db } = await import("@/lib/db/client");
    const { reservedThisMonth } = await import("@/lib/billing/reservation");
    countJobs = (userIds) => db().job.count({ where: { userId: { in: userIds } } });
    reserved = (userId) => db().$transaction((tx) => reservedThisMonth(tx, { userId }));
    setBudget = (userId, usd) => db().user.update({ where: { id: userId }, data: { budgetUsd: usd } });
    estimate = Math.round(estimateColoringRequest(coloringEstimateSchema.parse({ theme: "a lighthouse", ...ESTIMATE_THEME })).estimatedCostUsd * 1_000_000);
    expect(estimate).toBeGreaterThan(0);
    const env: NodeJS.ProcessEnv = { ...process.env, JOB_RUNNER: "external", GLOBAL_MONTHLY_BUDGET_USD: String((INSTALLATION_ESTIMATES * estimate) / 1_000_000) };
    servers = await Promise.all([startServer(env), startServer(env)]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => stopServer(s.child)));
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    cluster?.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  /** `count` requests at once, alternating between the two servers. */
  async function burst(token: string, count: number, label: string, body: Record<string, unknown> = ESTIMATE_THEME): Promise<Answer[]> {
    return Promise.all(
      Array.from({ length: count }, async (_v, i) => {
        const response = await fetch(`${servers[i % 2]!.url}/api/coloring-pages`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ theme: `${label} ${i}`, ...body }),
        });
        return { status: response.status, code: ((await response.json()) as { code?: unknown }).code };
      }),
    );
  }

  it("answers from both processes, each its own server", async () => {
    expect(new Set(servers.map((s) => s.child.pid)).size).toBe(2);
    const user = await harness.createTestUser("pg-two-probe");
    const answers = await burst(user.token, 2, "probe", { engine: "offline" });
    expect(answers.map((a) => a.status)).toEqual([202, 202]);
  });

  it("one user's budget: exactly what fits is queued, the others get 402 with nothing written", async () => {
    const user = await harness.createTestUser("pg-two-budget");
    await setBudget(user.id, (2 * estimate) / 1_000_000);
    const answers = await burst(user.token, 8, "budget");
    expect(answers.filter((a) => a.status === 202)).toHaveLength(2);
    for (const a of answers.filter((x) => x.status !== 202)) expect(a).toEqual({ status: 402, code: "budget:exceeded" });
    expect(await countJobs([user.id])).toBe(2);
    expect(await reserved(user.id)).toBe(2 * estimate);
  });

  it("GLOBAL_MONTHLY_BUDGET_USD: the installation's reservations never pass the cap", async () => {
    const cap = INSTALLATION_ESTIMATES * estimate;
    const before = await reserved();
    const room = Math.floor((cap - before) / estimate);
    // Three users of three requests each: none reaches the open-jobs cap, only the installation's cap refuses.
    expect(room).toBeGreaterThanOrEqual(2);
    expect(room).toBeLessThan(9);
    const users = await Promise.all([1, 2, 3].map((n) => harness.createTestUser(`pg-two-global-${n}`)));
    const answers = (await Promise.all(users.map((u, n) => burst(u.token, 3, `global ${n}`)))).flat();
    expect(answers.filter((a) => a.status === 202)).toHaveLength(room);
    for (const a of answers.filter((x) => x.status !== 202)) expect(a).toEqual({ status: 402, code: "budget:installation" });
    expect(await countJobs(users.map((u) => u.id))).toBe(room);
    const after = await reserved();
    expect(after).toBe(before + room * estimate);
    expect(after).toBeLessThanOrEqual(cap);
  });

  it("LIMIT_OPEN_JOBS: exactly the cap is queued, the others get 429 with nothing written", async () => {
    const user = await harness.createTestUser("pg-two-open");
    const answers = await burst(user.token, 10, "free", { engine: "offline" });
    expect(answers.filter((a) => a.status === 202)).toHaveLength(OPEN_JOBS);
    for (const a of answers.filter((x) => x.status !== 202)) expect(a).toEqual({ status: 429, code: "rate_limited:open_jobs" });
    expect(await countJobs([user.id])).toBe(OPEN_JOBS);
  });
});
