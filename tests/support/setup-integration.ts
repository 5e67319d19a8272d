import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";

// Each test file gets its own copy of the migrated database and its own blob folder.
const template = process.env.INKWELL_TEST_TEMPLATE_DB;
const base = process.env.INKWELL_TEST_DIR;
if (!template || !base) throw new Error("integration setup: global setup did not run");

const dir = path.join(base, randomUUID());
fs.mkdirSync(dir, { recursive: true });
const dbFile = path.join(dir, "test.db");
fs.copyFileSync(template, dbFile);

process.env.DATABASE_URL = `file:${dbFile}`;
process.env.STORAGE_DIR = path.join(dir, "blobs");
process.env.AUTH_SECRET = "integration-tests-only-secret-value-0123456789";
process.env.IMAGE_ENGINE ??= "offline";
process.env.JOB_RUNNER = "external";
process.env.LOG_LEVEL = "error";

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db/client");
  await disconnectDb();
});
