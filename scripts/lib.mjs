// Shared steps of `npm start`, `npm run dev` and `npm test`: install what is missing, configure, migrate.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed with exit code ${result.status ?? result.signal}`);
  }
  return result;
}

export function say(message) {
  console.log(`\x1b[36m▸ inkwell:\x1b[0m ${message}`);
}

function fileHash(files) {
  const hash = createHash("sha256");
  for (const file of files) if (fs.existsSync(file)) hash.update(file).update(fs.readFileSync(file));
  return hash.digest("hex");
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = path.join(root, "node_modules", ".inkwell-lock-hash");
  const wanted = fileHash(["package.json", "package-lock.json"]);
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === wanted) return;
  say("installing dependencies (the first time takes a few minutes: better-sqlite3 is compiled)…");
  // `npm install` rather than `npm ci`: npm 11 leaves other platforms' optional binaries out of the
  // lock file here, which `npm ci` then refuses as out of sync. The pinned versions still apply.
  run("npm", ["install", "--no-audit", "--no-fund"], { env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" } });
  // npm may normalise the lock file while installing: remember what it left.
  fs.writeFileSync(marker, fileHash(["package.json", "package-lock.json"]));
}

/** Loads .env (if any) without overriding variables already set. */
export function loadDotEnv() {
  for (const name of [".env", ".env.local"]) {
    if (fs.existsSync(name)) process.loadEnvFile(name);
  }
}

/** A secret for this install, made once and kept in .local/ (ignored by git), unless AUTH_SECRET is set. */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(root, ".local", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    say("created a random AUTH_SECRET for this install in .local/auth-secret");
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

function databaseProvider() {
  const url = (process.env.DATABASE_URL ?? "").trim();
  if (url === "" || url.startsWith("file:")) return "sqlite";
  if (/^postgres(?:ql)?:\/\//i.test(url)) return "postgresql";
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)");
}

/** Generates the Prisma client for the database DATABASE_URL names when needed, then applies migrations. */
export function prepareDatabase() {
  const provider = databaseProvider();
  const schema = provider === "postgresql" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma";
  const marker = path.join(root, "generated", ".schema-hash");
  const wanted = `${provider}:${fileHash([schema, "package-lock.json"])}`;
  if (!fs.existsSync(marker) || fs.readFileSync(marker, "utf8") !== wanted) {
    say(`generating the Prisma client for ${provider}…`);
    run("node_modules/.bin/prisma", ["generate"], { stdio: ["ignore", "ignore", "inherit"] });
    fs.writeFileSync(marker, wanted);
  }
  say(`applying database migrations (${provider})…`);
  run("node_modules/.bin/prisma", ["migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"] });
}

/** Source files whose change calls for a new production build. */
export function sourceHash() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  for (const dir of ["app", "components", "lib", "public", "generated"]) if (fs.existsSync(dir)) walk(dir);
  files.sort();
  return fileHash([...files, "package-lock.json", "next.config.js", "tsconfig.json", "postcss.config.mjs", "instrumentation.ts"]);
}

/** Builds the app unless the last build is of the same sources. */
export function ensureBuild() {
  const marker = path.join(root, ".next", "inkwell-source-hash");
  const wanted = sourceHash();
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === wanted && fs.existsSync(".next/BUILD_ID")) {
    say("the build is up to date");
    return;
  }
  say("building the app…");
  run("node_modules/.bin/next", ["build"], { env: { ...process.env, NODE_ENV: "production" } });
  fs.writeFileSync(marker, wanted);
}

export function baseEnvironment() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
  // Prisma's CLI otherwise asks the network for update notices.
  process.env.CHECKPOINT_DISABLE ??= "1";
  loadDotEnv();
}
