import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { postgresUnavailableReason, startPostgres, type PostgresCluster } from "../support/postgres";

// The "run at scale" path on a real PostgreSQL 15: the committed PostgreSQL migrations apply with the
// CLI (through prisma.config.ts and its adapter workarounds), the resulting schema matches SQLite's
// table for table and index for index, the job claim stays atomic across connections, and the
// app's own data layer (lib/db/client.ts picking @prisma/adapter-pg) works on it.

const execFileAsync = promisify(execFile);
const root = path.resolve(__dirname, "../..");
const prismaBin = path.join(root, "node_modules", ".bin", "prisma");

const inCi = Boolean(process.env.CI) && process.env.CI !== "false" && process.env.CI !== "0";
const unavailable = postgresUnavailableReason();
if (unavailable && !inCi) console.warn(`postgres.test.ts skipped: ${unavailable}`);

// The app imports the Prisma client generated for SQLite; this file swaps in one generated for
// PostgreSQL (into .local/, so it resolves @prisma/client from this project) before loading the app.
vi.mock("@/generated/prisma/client", async (importOriginal) => {
  const generated = process.env.INKWELL_TEST_PG_CLIENT;
  return generated ? import(/* @vite-ignore */ generated) : importOriginal();
});

function cliEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" };
  delete env.INKWELL_DB_PROVIDER;
  return env;
}

async function prismaCli(args: string[], databaseUrl: string): Promise<string> {
  try {
    const { stdout } = await execFileAsync(prismaBin, args, { cwd: root, env: cliEnv(databaseUrl) });
    return stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`prisma ${args.join(" ")} failed:\n${stderr}${stdout}`);
  }
}

/** Generates the PostgreSQL client of prisma/postgres/schema.prisma into a scratch folder. */
async function generatePostgresClient(dir: string, databaseUrl: string): Promise<string> {
  const output = path.join(dir, "client");
  const source = fs.readFileSync(path.join(root, "prisma", "postgres", "schema.prisma"), "utf8");
  const schema = source.replace(/^(\s*output\s*=\s*)"[^"]*"/m, `$1${JSON.stringify(output)}`);
  if (schema === source) throw new Error("prisma/postgres/schema.prisma has no generator output to replace");
  const schemaFile = path.join(dir, "schema.prisma");
  fs.writeFileSync(schemaFile, schema);
  await prismaCli(["generate", "--schema", schemaFile], databaseUrl);
  return path.join(output, "client.ts");
}

type Shape = { tables: string[]; columns: string[]; indexes: string[]; foreignKeys: string[] };

async function sqliteShape(file: string): Promise<Shape> {
  const adapter = await new PrismaBetterSQLite3({ url: `file:${file}` }).connect();
  const rows = async (sql: string): Promise<unknown[][]> => (await adapter.queryRaw({ sql, args: [], argTypes: [] })).rows;
  try {
    const tableFilter = "m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_prisma_migrations'";
    const tables = await rows(`SELECT m.name FROM sqlite_master m WHERE ${tableFilter}`);
    const columns = await rows(`SELECT m.name, p.name, p."notnull" FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE ${tableFilter}`);
    const indexes = await rows(
      `SELECT m.name, il.name, il."unique", (SELECT group_concat(ii.name, ',') FROM (SELECT name FROM pragma_index_info(il.name) ORDER BY seqno) ii)
       FROM sqlite_master m JOIN pragma_index_list(m.name) il WHERE ${tableFilter} AND il.origin <> 'pk'`,
    );
    const foreignKeys = await rows(`SELECT m.name, f."from", f."table", f."to", f.on_delete FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE ${tableFilter}`);
    return {
      tables: tables.map(([t]) => String(t)).sort(),
      columns: columns.map(([t, c, notnull]) => `${String(t)}.${String(c)} ${Number(notnull) ? "NOT NULL" : "NULL"}`).sort(),
      indexes: indexes.map(([t, i, unique, cols]) => `${String(t)}.${String(i)}${Number(unique) ? " UNIQUE" : ""} (${String(cols)})`).sort(),
      foreignKeys: foreignKeys.map(([t, from, to, col, onDelete]) => `${String(t)}.${String(from)} -> ${String(to)}.${String(col)} ON DELETE ${String(onDelete)}`).sort(),
    };
  } finally {
    await adapter.dispose();
  }
}

async function postgresShape(pool: pg.Pool): Promise<Shape> {
  const q = async (sql: string): Promise<string[][]> => (await pool.query<string[]>({ text: sql, rowMode: "array" })).rows;
  const tables = await q(
    `SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'`,
  );
  const columns = await q(
    `SELECT c.relname::text, a.attname::text, CASE WHEN a.attnotnull THEN 'NOT NULL' ELSE 'NULL' END
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  const indexes = await q(
    `SELECT t.relname::text, i.relname::text, CASE WHEN x.indisunique THEN ' UNIQUE' ELSE '' END,
            (SELECT string_agg(a.attname::text, ',' ORDER BY k.ord) FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND NOT x.indisprimary AND t.relname <> '_prisma_migrations'`,
  );
  const foreignKeys = await q(
    `SELECT t.relname::text, a.attname::text, r.relname::text, ra.attname::text,
            CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END
     FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = c.conkey[1]
     JOIN pg_attribute ra ON ra.attrelid = r.oid AND ra.attnum = c.confkey[1]
     WHERE n.nspname = 'public' AND c.contype = 'f'`,
  );
  return {
    tables: tables.map(([t]) => String(t)).sort(),
    columns: columns.map(([t, c, nullability]) => `${t}.${c} ${nullability}`).sort(),
    indexes: indexes.map(([t, i, unique, cols]) => `${t}.${i}${unique} (${cols})`).sort(),
    foreignKeys: foreignKeys.map(([t, from, to, col, onDelete]) => `${t}.${from} -> ${to}.${col} ON DELETE ${onDelete}`).sort(),
  };
}

if (unavailable && inCi) {
  describe("PostgreSQL", () => {
    it("needs PostgreSQL in CI", () => {
      throw new Error(`${unavailable} (CI must install the Debian package \`postgresql\`)`);
    });
  });
}

describe.skipIf(unavailable !== null)("PostgreSQL", () => {
  let cluster: PostgresCluster | undefined;
  let pool: pg.Pool | undefined;
  let scratch = "";
  let databaseUrl = "";

  beforeAll(async () => {
    cluster = await startPostgres();
    const admin = new pg.Pool({ connectionString: cluster.url() });
    try {
      await admin.query("CREATE DATABASE inkwell_test");
    } finally {
      await admin.end();
    }
    databaseUrl = cluster.url("inkwell_test");
    scratch = fs.mkdtempSync(path.join(root, ".local", "pg-client-"));
    // Independent: migrate the database and generate the client at the same time.
    const [, client] = await Promise.all([prismaCli(["migrate", "deploy"], databaseUrl), generatePostgresClient(scratch, databaseUrl)]);
    process.env.INKWELL_TEST_PG_CLIENT = client;
    pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  }, 120_000);

  afterAll(async () => {
    if (process.env.INKWELL_TEST_PG_CLIENT) {
      const { disconnectDb } = await import("@/lib/db/client");
      await disconnectDb();
    }
    await pool?.end();
    cluster?.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("records every PostgreSQL migration as applied, under the SQLite migrations' names", async () => {
    const applied = await pool!.query<{ migration_name: string; finished: boolean }>(
      `SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const names = (folder: string): string[] =>
      fs
        .readdirSync(folder, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
    expect(applied.rows.map((r) => r.migration_name)).toEqual(names(path.join(root, "prisma", "postgres", "migrations")));
    expect(applied.rows.every((r) => r.finished)).toBe(true);
    expect(names(path.join(root, "prisma", "postgres", "migrations"))).toEqual(names(path.join(root, "prisma", "migrations")));
  });

  it("has the same tables, columns, indexes and foreign keys as the SQLite database", async () => {
    const template = process.env.INKWELL_TEST_TEMPLATE_DB;
    if (!template) throw new Error("the integration global setup did not migrate a SQLite template");
    const [sqlite, postgres] = await Promise.all([sqliteShape(template), postgresShape(pool!)]);
    expect(postgres.tables).toEqual(sqlite.tables);
    expect(postgres.tables).toEqual(expect.arrayContaining(["User", "Job", "Image", "Photo", "Script", "Segment", "Batch"]));
    expect(postgres.columns).toEqual(sqlite.columns);
    expect(postgres.indexes).toEqual(sqlite.indexes);
    expect(postgres.indexes).toContain("Job.Job_status_createdAt_idx (status,createdAt)");
    expect(postgres.foreignKeys).toEqual(sqlite.foreignKeys);
  });

  it("lets exactly one of two connections claim a queued job", async () => {
    const userId = `u-${randomUUID()}`;
    const jobId = `j-${randomUUID()}`;
    await pool!.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now())`, [userId, `${userId}@example.test`]);
    await pool!.query(`INSERT INTO "Job" (id, "userId", kind, input, engine, model) VALUES ($1, $2, 'coloring', '{}', 'offline', 'offline-composer')`, [jobId, userId]);
    const claim = `UPDATE "Job" SET status = 'running', "lockedBy" = $2, attempts = attempts + 1, "startedAt" = now() WHERE id = $1 AND status = 'queued'`;

    const first = await pool!.connect();
    const second = await pool!.connect();
    try {
      // The first worker claims inside a transaction and holds the row lock...
      await first.query("BEGIN");
      const won = await first.query(claim, [jobId, "worker-a"]);
      // ...the second worker's claim waits on that lock...
      const secondPid = (await second.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      const losing = second.query(claim, [jobId, "worker-b"]);
      let waiting = false;
      for (let i = 0; i < 2000 && !waiting; i++) {
        const state = await pool!.query<{ waiting: boolean }>("SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = $1", [secondPid]);
        waiting = state.rows[0]?.waiting === true;
      }
      expect(waiting).toBe(true);
      // ...and, once the first commits, finds the job no longer queued.
      await first.query("COMMIT");
      const lost = await losing;
      expect(won.rowCount).toBe(1);
      expect(lost.rowCount).toBe(0);
    } finally {
      first.release();
      second.release();
    }
    const row = await pool!.query<{ status: string; lockedBy: string; attempts: number }>(`SELECT status, "lockedBy", attempts FROM "Job" WHERE id = $1`, [jobId]);
    expect(row.rows[0]).toEqual({ status: "running", lockedBy: "worker-a", attempts: 1 });

    // Racing without a transaction: of ten concurrent claims on fresh jobs, each job goes to one.
    const ids = Array.from({ length: 5 }, () => `j-${randomUUID()}`);
    for (const id of ids) {
      await pool!.query(`INSERT INTO "Job" (id, "userId", kind, input, engine, model) VALUES ($1, $2, 'coloring', '{}', 'offline', 'offline-composer')`, [id, userId]);
    }
    const results = await Promise.all(ids.flatMap((id) => [pool!.query(claim, [id, "x"]), pool!.query(claim, [id, "y"])]));
    expect(results.reduce((sum, r) => sum + (r.rowCount ?? 0), 0)).toBe(ids.length);

    // Deleting the user cascades to its jobs, as on SQLite.
    await pool!.query(`DELETE FROM "User" WHERE id = $1`, [userId]);
    expect((await pool!.query(`SELECT count(*)::int AS n FROM "Job" WHERE "userId" = $1`, [userId])).rows[0]).toEqual({ n: 0 });
  });

  describe("the app's data layer", () => {
    beforeAll(async () => {
      process.env.DATABASE_URL = databaseUrl;
      const { resetEnvForTests } = await import("@/lib/env");
      resetEnvForTests();
    });

    it("connects through @prisma/adapter-pg when DATABASE_URL is a PostgreSQL URL", async () => {
      const { databaseProvider, db } = await import("@/lib/db/client");
      expect(databaseProvider(databaseUrl)).toBe("postgresql");
      expect(databaseProvider("file:/tmp/x.db")).toBe("sqlite");
      expect(() => databaseProvider("mysql://x")).toThrow(/DATABASE_URL/);
      const rows = await db().$queryRawUnsafe<Array<{ version: string }>>("SELECT version() AS version");
      expect(rows[0]?.version).toMatch(/^PostgreSQL/);
      const { checkHealth } = await import("@/lib/health");
      expect((await checkHealth()).database).toEqual({ ok: true });
    });

    it("claims each job once when workers race (claimNextJob)", async () => {
      const { db } = await import("@/lib/db/client");
      const { enqueueJobs } = await import("@/lib/jobs");
      const { claimNextJob } = await import("@/lib/jobs/claim");
      const user = await db().user.create({ data: { email: `claims-${randomUUID()}@example.test` }, select: { id: true } });
      const draft = { userId: user.id, kind: "coloring", input: { n: 1 }, engine: "offline", model: "offline-composer" };
      const { jobs } = await enqueueJobs({ userId: user.id, plan: () => ({ jobs: [draft, draft, draft, draft] }) });
      const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => claimNextJob({ workerId: `w${i % 3}`, perUser: 100 })));
      const claimed = claims.filter((c) => c !== null).map((c) => c.id);
      expect(new Set(claimed).size).toBe(claimed.length);
      expect([...claimed].sort()).toEqual(jobs.map((j) => j.id).sort());
      const running = await db().job.findMany({ where: { userId: user.id }, select: { status: true, attempts: true, startedAt: true } });
      expect(running.every((j) => j.status === "running" && j.attempts === 1 && j.startedAt instanceof Date)).toBe(true);
    });

    it("keeps instants exact whatever the server's time zone (the test cluster runs in New York time)", async () => {
      const { db } = await import("@/lib/db/client");
      const before = Date.now();
      const user = await db().user.create({ data: { email: `tz-${randomUUID()}@example.test` }, select: { id: true, createdAt: true } });
      const after = Date.now();
      const stored = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { createdAt: true, updatedAt: true } });
      // @default(now()) and @updatedAt: within the call, not hours away.
      expect(stored.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(stored.createdAt.getTime()).toBeLessThanOrEqual(after + 1000);
      expect(stored.updatedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      // An explicit instant round-trips to the millisecond, and compares correctly in a query.
      const instant = new Date("2026-03-08T06:59:59.123Z");
      await db().user.update({ where: { id: user.id }, data: { emailVerified: instant } });
      const back = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { emailVerified: true } });
      expect(back.emailVerified?.toISOString()).toBe(instant.toISOString());
      expect(await db().user.count({ where: { id: user.id, emailVerified: { gte: instant, lt: new Date(instant.getTime() + 1) } } })).toBe(1);
    });

    it("stores images and finishes a job in one transaction, and sums costs as numbers", async () => {
      const { db } = await import("@/lib/db/client");
      const user = await db().user.create({ data: { email: `tx-${randomUUID()}@example.test` }, select: { id: true } });
      const job = await db().job.create({
        data: { userId: user.id, kind: "coloring", input: "{}", engine: "openai", model: "gpt-image-2", status: "running", lockedBy: "w", estimatedCostMicroUsd: 40_000 },
        select: { id: true },
      });
      const imageIds = await db().$transaction(async (tx) => {
        const created: string[] = [];
        for (const cost of [1_500_000_000, 1_000_000_000]) {
          const image = await tx.image.create({
            data: {
              userId: user.id, kind: "coloring", title: "Fox", prompt: "a fox", engine: "openai", model: "gpt-image-2", options: "{}",
              width: 1024, height: 1024, bytes: 10, sha256: "0".repeat(64), storageKey: `images/${user.id}/${randomUUID()}.png`,
              costMicroUsd: cost, jobId: job.id,
            },
            select: { id: true },
          });
          created.push(image.id);
        }
        const done = await tx.job.updateMany({
          where: { id: job.id, lockedBy: "w", status: "running" },
          data: { status: "succeeded", costMicroUsd: 2_000_000_000, imageIds: JSON.stringify(created), finishedAt: new Date(), lockedBy: null },
        });
        expect(done.count).toBe(1);
        return created;
      });
      expect(imageIds).toHaveLength(2);
      // A rolled-back transaction leaves nothing behind.
      await expect(
        db().$transaction(async (tx) => {
          await tx.image.create({
            data: {
              userId: user.id, kind: "coloring", title: "Gone", prompt: "x", engine: "offline", model: "m", options: "{}",
              width: 1, height: 1, bytes: 1, sha256: "1".repeat(64), storageKey: `images/${user.id}/rolled-back.png`,
            },
          });
          throw new Error("abort");
        }),
      ).rejects.toThrow("abort");
      expect(await db().image.count({ where: { userId: user.id } })).toBe(2);

      // PostgreSQL sums int columns as bigint: the client still hands back plain numbers, beyond 2^31.
      const spent = await db().image.aggregate({ where: { userId: user.id }, _sum: { costMicroUsd: true } });
      expect(spent._sum.costMicroUsd).toBe(2_500_000_000);
      expect(typeof spent._sum.costMicroUsd).toBe("number");
      const pending = await db().job.aggregate({ where: { userId: user.id }, _sum: { estimatedCostMicroUsd: true } });
      expect(pending._sum.estimatedCostMicroUsd).toBe(40_000);

      // ON DELETE SET NULL (Image.jobId) and CASCADE (User → Image) behave as on SQLite.
      await db().job.delete({ where: { id: job.id } });
      expect((await db().image.findMany({ where: { userId: user.id }, select: { jobId: true } })).every((i) => i.jobId === null)).toBe(true);
      await db().user.delete({ where: { id: user.id } });
      expect(await db().image.count({ where: { userId: user.id } })).toBe(0);
    });
  });
});
