import fs from "node:fs";
import path from "node:path";

/** The embedded default: a SQLite file under data/ in the working directory. */
export const DEFAULT_DATABASE_URL = "file:./data/inkwell.db";

/**
 * Turns a `file:` URL into an absolute one (creating its folder) so that the CLI, the server and a
 * worker started from another folder all open the same file. Other URLs pass through unchanged.
 */
export function resolveDatabaseUrl(raw: string | undefined): string {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) return url;
  const file = url.slice("file:".length);
  const absolute = path.isAbsolute(file) ? file : path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  return `file:${absolute}`;
}
