import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Migrates one template SQLite database that every integration test file copies. */
export default function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inkwell-it-"));
  const template = path.join(dir, "template.db");
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  process.env.INKWELL_TEST_TEMPLATE_DB = template;
  process.env.INKWELL_TEST_DIR = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
