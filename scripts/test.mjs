// `npm test`: install what is missing (dependencies, Debian's Chromium), then check the PostgreSQL
// schema's drift, run the linter (its import rules enforce the layers), the unit and integration
// suites (Vitest) and the browser suite (Playwright), and print one line `N passed, M failed` for
// all of them together. Exits non-zero when anything failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { baseEnvironment, ensureBuild, ensureDependencies, root, run, say } from "./lib.mjs";

baseEnvironment();
ensureDependencies();

function ensureSystemPackages() {
  const missing = [];
  if (!fs.existsSync("/usr/bin/chromium")) missing.push("chromium");
  if (!fs.existsSync("/usr/bin/pdftoppm")) missing.push("poppler-utils");
  const hasPostgres =
    fs.existsSync("/usr/lib/postgresql") &&
    fs.readdirSync("/usr/lib/postgresql").some((version) => fs.existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));
  if (!hasPostgres) missing.push("postgresql");
  // The limits' Redis store is tested against a private redis-server.
  if (!fs.existsSync("/usr/bin/redis-server")) missing.push("redis-server");
  if (missing.length === 0) return;
  say(`installing ${missing.join(" and ")} from Debian…`);
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args) => run(sudo[0] ?? "apt-get", sudo.length ? ["apt-get", ...args] : args, { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "--no-install-recommends", ...missing]);
}

ensureSystemPackages();
// The suites use the SQLite client whatever .env says; the next `npm start` regenerates for its own database.
run("node_modules/.bin/prisma", ["generate"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, INKWELL_DB_PROVIDER: "sqlite" } });
fs.rmSync(path.join(root, "generated", ".schema-hash"), { force: true });

say("checking that the PostgreSQL schema and migrations match the source schema…");
const drift = spawnSync("node", ["scripts/db-postgres.mjs", "--check"], { stdio: "inherit", env: process.env });

const results = path.join(root, ".local", "test-results");
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

const counts = { passed: 0, failed: 0, skipped: 0 };
if (drift.status === 0) counts.passed += 1;
else counts.failed += 1;

// The layers are part of the build: a route that reaches the database fails here.
say("lint (style and import boundaries)…");
const lint = spawnSync("node_modules/.bin/eslint", [".", "--max-warnings", "0"], { stdio: "inherit", env: process.env });
if (lint.status === 0) counts.passed += 1;
else counts.failed += 1;

say("unit and integration tests (Vitest)…");
const vitest = spawnSync("node_modules/.bin/vitest", ["run"], { stdio: "inherit", env: process.env });
const vitestReport = path.join(results, "vitest.json");
if (fs.existsSync(vitestReport)) {
  const report = JSON.parse(fs.readFileSync(vitestReport, "utf8"));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  // A file that fails to load has no failed test but fails its suite: count it too.
  if (vitest.status !== 0 && (report.numFailedTests ?? 0) === 0) counts.failed += Math.max(1, report.numFailedTestSuites ?? 0);
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} else if (vitest.status !== 0) {
  counts.failed += 1;
}
if (vitest.status !== 0 && counts.failed === 0) counts.failed += 1;

say("browser tests (Playwright in Chromium)…");
let e2eStatus = 1;
try {
  ensureBuild();
  const e2e = spawnSync("node_modules/.bin/playwright", ["test"], { stdio: "inherit", env: process.env });
  e2eStatus = e2e.status ?? 1;
  const e2eReport = path.join(results, "playwright.json");
  if (fs.existsSync(e2eReport)) {
    const stats = JSON.parse(fs.readFileSync(e2eReport, "utf8")).stats ?? {};
    counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    counts.failed += stats.unexpected ?? 0;
    counts.skipped += stats.skipped ?? 0;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
}
if (e2eStatus !== 0 && counts.failed === 0) counts.failed += 1;

const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : "";
console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exit(counts.failed > 0 || vitest.status !== 0 || e2eStatus !== 0 ? 1 : 0);
