import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { CliError, EXIT } from "./errors";

/** What `inkwell login` stores: the server and the personal token for it. */
export interface StoredConfig {
  server: string;
  token: string;
}

export const DEFAULT_SERVER = "http://localhost:3000";

const storedConfigSchema = z.object({ server: z.url(), token: z.string().min(1) }).strict();

/** `$XDG_CONFIG_HOME/inkwell/config.json`, else `~/.config/inkwell/config.json`. */
export function configPathOf(env: Record<string, string | undefined>): string {
  const base = env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), ".config");
  return path.join(base, "inkwell", "config.json");
}

/** The stored config, or null when there is none; a damaged file is a one-line reason. */
export async function readConfig(env: Record<string, string | undefined>): Promise<StoredConfig | null> {
  const file = configPathOf(env);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new CliError(`Cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? "unknown error"}).`, EXIT.usage);
  }
  try {
    return storedConfigSchema.parse(JSON.parse(text));
  } catch {
    throw new CliError(`${file} is not a valid Inkwell config; run "inkwell login" again.`, EXIT.usage);
  }
}

/**
 * Writes the config readable by its owner only (0600, in a 0700 folder): the token is a
 * password. The mode is set again on an existing file, which `writeFile` would keep as it was.
 */
export async function writeConfig(env: Record<string, string | undefined>, config: StoredConfig): Promise<string> {
  const file = configPathOf(env);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const handle = await fs.open(file, "w", 0o600);
    try {
      await handle.chmod(0o600);
      await handle.writeFile(`${JSON.stringify(storedConfigSchema.parse(config), null, 2)}\n`);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new CliError(`Cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? "unknown error"}).`, EXIT.usage);
  }
  return file;
}
