import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { resetEnvForTests } from "@/lib/env";
import { postgresUnavailableReason, startPostgres, type PostgresCluster } from "../support/postgres";
import { defineReservationCases } from "../support/reservation-cases";

// The reservation on a real PostgreSQL 15, through two Prisma clients with their own connection
// pools, as two web servers would hold: the same guarantees as on SQLite, now with real
// concurrency (READ COMMITTED, row locks).

const execFileAsync = promisify(execFile);
const root = path.resolve(__dirname, "../..");
const inCi = Boolean(process.env.CI) && process.env.CI !== "false" && process.env.CI !== "0";
const unavailable = postgresUnavailableReason();
if (unavailable && !inCi) console.warn(`reservation-postgres.test.ts skipped: ${unavailable}`);

vi.mock("@/generated/prisma/client", async (importOriginal) => {
  const generated = process.env.INKWELL_TEST_PG_CLIENT;
  return generated ? import(/* @vite-ignore */ generated) : importOriginal();
});

async function prismaCli(args: string[], databaseUrl: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" };
  delete env.INKWELL_DB_PROVIDER;
  await execFileAsync(path.join(root, "node_modules", ".bin", "prisma"), args, { cwd: root, env });
}

if (unavailable && inCi) {
  describe("PostgreSQL", () => {
    it("needs PostgreSQL in CI", () => {
      throw new Error(`${unavailable} (CI must install the Debian package \`postgresql\`)`);
    });
  });
}

describe.skipIf(unavailable !== null)("spend reservation on PostgreSQL, two servers", () => {
  let cluster: PostgresCluster | undefined;
  let scratch = "";
  const clients: PrismaClient[] = [];

  beforeAll(async () => {
    cluster = await startPostgres();
    const admin = new pg.Pool({ connectionString: cluster.url() });
    await admin.query("CREATE DATABASE inkwell_reservation").finally(() => admin.end());
    const databaseUrl = cluster.url("inkwell_reservation");
    scratch = fs.mkdtempSync(path.join(root, ".local", "pg-client-"));
    const output = path.join(scratch, "client");
    const schema = fs.readFileSync(path.join(root, "prisma", "postgres", "schema.prisma"), "utf8").replace(/^(\s*output\s*=\s*)"[^"]*"/m, `$1${JSON.stringify(output)}`);
    fs.writeFileSync(path.join(scratch, "schema.prisma"), schema);
    await Promise.all([prismaCli(["migrate", "deploy"], databaseUrl), prismaCli(["generate", "--schema", path.join(scratch, "schema.prisma")], databaseUrl)]);
    process.env.INKWELL_TEST_PG_CLIENT = path.join(output, "client.ts");
    process.env.DATABASE_URL = databaseUrl;
    resetEnvForTests();
    const { PrismaClient: PgClient } = await import("@/generated/prisma/client");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    for (let i = 0; i < 2; i++) clients.push(new PgClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 6 }) }));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.$disconnect()));
    const { disconnectDb } = await import("@/lib/db/client");
    await disconnectDb();
    cluster?.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  defineReservationCases(() => clients);
});
