import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A private PostgreSQL cluster for one test file: initdb into a temporary folder, pg_ctl start on a
 * free loopback port (socket in the same folder), trust authentication for the `postgres` role.
 * As root the tools run as the `postgres` account (initdb refuses root), as Debian's package sets up.
 */
export interface PostgresCluster {
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  /** Stops the server and removes its folder. */
  stop(): void;
}

/** The folder of initdb/pg_ctl (only INKWELL_PG_BIN when set; else Debian's /usr/lib/postgresql/<newest>/bin, then PATH), or null. */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  const forced = process.env.INKWELL_PG_BIN;
  if (forced) return fs.existsSync(path.join(forced, "initdb")) && fs.existsSync(path.join(forced, "pg_ctl")) ? forced : null;
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) candidates.push(path.join(debian, version, "bin"));
  }
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (dir) candidates.push(dir);
  return candidates.find((dir) => fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"))) ?? null;
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export function postgresUnavailableReason(): string | null {
  const bin = findPostgresBin();
  if (!bin) return "no PostgreSQL binaries (initdb, pg_ctl) were found: install the Debian package `postgresql` or set INKWELL_PG_BIN";
  if (process.getuid?.() === 0 && spawnSync("id", ["-u", "postgres"], { stdio: "ignore" }).status !== 0) {
    return "running as root without a `postgres` account to run initdb as";
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startPostgres(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresUnavailableReason() ?? "PostgreSQL is not available");
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]): void => {
    const [command, fullArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    execFileSync(command, fullArgs, { stdio: "pipe" });
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "inkwell-pg-"));
  const data = path.join(dir, "data");
  let started = false;
  const stop = (): void => {
    if (started) {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // Already stopped.
      }
      started = false;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (asRoot) execFileSync("chown", ["postgres", dir]);
    run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c timezone=America/New_York`;
    run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
    started = true;
    return { url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`, stop };
  } catch (error) {
    const log = path.join(dir, "server.log");
    const detail = fs.existsSync(log) ? `\n${fs.readFileSync(log, "utf8").slice(-2000)}` : "";
    stop();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`could not start PostgreSQL: ${error instanceof Error ? error.message : String(error)}${stderr}${detail}`);
  }
}
