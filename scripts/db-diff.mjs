// `npm run db:diff -- <name>`: writes the migration for what changed in prisma/schema.prisma.
//
// `prisma migrate dev` cannot run with the JavaScript schema engine, so the SQLite migration is
// written with `prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel
// prisma/schema.prisma --script` into prisma/migrations/<timestamp>_<name>/migration.sql; then
// scripts/db-postgres.mjs regenerates prisma/postgres/schema.prisma and writes the PostgreSQL twin
// of the new migration (that step needs PostgreSQL: see scripts/db-postgres.mjs).
// Apply with `npm run db:migrate` (or just `npm start`).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { syncPostgres } from "./db-postgres.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MIGRATIONS = path.join(root, "prisma", "migrations");
const SCHEMA = path.join(root, "prisma", "schema.prisma");

function say(message) {
  console.log(`\x1b[36m▸ db-diff:\x1b[0m ${message}`);
}

/** "Add user nickname" → "add_user_nickname". */
function migrationSlug(raw) {
  return raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60);
}

/** UTC yyyymmddhhmmss, later than every existing migration so the order never depends on clocks. */
function nextTimestamp(existing) {
  const now = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const latest = existing.map((name) => name.slice(0, 14)).filter((stamp) => /^\d{14}$/.test(stamp)).sort().at(-1);
  if (!latest || now > latest) return now;
  // The clock is behind the last migration: one second after it.
  const y = Number(latest.slice(0, 4));
  const next = new Date(Date.UTC(y, Number(latest.slice(4, 6)) - 1, Number(latest.slice(6, 8)), Number(latest.slice(8, 10)), Number(latest.slice(10, 12)), Number(latest.slice(12, 14)) + 1));
  return next.toISOString().replace(/\D/g, "").slice(0, 14);
}

function isEmptySql(sql) {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}

async function main() {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  const name = migrationSlug(args.join(" "));
  if (!name) {
    console.error("Usage: npm run db:diff -- <name>   e.g. npm run db:diff -- add user nickname");
    process.exitCode = 1;
    return;
  }

  // A scratch SQLite file keeps the CLI away from the developer's database (the diff itself reads
  // only the migrations, replayed into an in-memory shadow database, and the schema).
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "inkwell-dbdiff-"));
  let sql;
  try {
    const env = { ...process.env, DATABASE_URL: `file:${path.join(scratch, "diff.db")}`, CHECKPOINT_DISABLE: "1" };
    delete env.INKWELL_DB_PROVIDER;
    const result = spawnSync(
      path.join(root, "node_modules", ".bin", "prisma"),
      ["migrate", "diff", "--from-migrations", MIGRATIONS, "--to-schema-datamodel", SCHEMA, "--script"],
      { cwd: root, encoding: "utf8", env },
    );
    if (result.status !== 0) {
      console.error(`prisma migrate diff failed:\n${`${result.stderr ?? ""}${result.stdout ?? ""}`.trim()}`);
      process.exitCode = 1;
      return;
    }
    sql = result.stdout;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }

  if (isEmptySql(sql)) {
    say("prisma/schema.prisma has no change that needs a migration");
  } else {
    const existing = fs.readdirSync(MIGRATIONS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const folder = `${nextTimestamp(existing)}_${name}`;
    fs.mkdirSync(path.join(MIGRATIONS, folder), { recursive: true });
    fs.writeFileSync(path.join(MIGRATIONS, folder, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
    say(`wrote prisma/migrations/${folder}/migration.sql — read it before committing`);
  }

  // Regenerates the PostgreSQL schema and writes the twin of every SQLite migration that lacks one.
  try {
    await syncPostgres();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error("The SQLite side is done; run `npm run db:postgres` to finish the PostgreSQL side.");
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
