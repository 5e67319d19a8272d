import { InkwellClient } from "./client";
import { DEFAULT_SERVER, readConfig, type StoredConfig } from "./config";
import { CliError, EXIT } from "./errors";
import type { CliIO } from "./io";

/** What every command shares: the IO, the client (made on first use), and how results are printed. */
export interface CommandContext {
  io: CliIO;
  client: () => Promise<InkwellClient>;
  /** The server commands talk to: --server, else INKWELL_URL, else the stored login, else the default. */
  server: () => Promise<string>;
  /** Prints a result: its JSON with --json, else the human line. */
  report: (result: Record<string, unknown>, line: string) => void;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

export function createContext(io: CliIO, options: () => { server?: string; json?: boolean }): CommandContext {
  let client: InkwellClient | null = null;
  let stored: Promise<StoredConfig | null> | null = null;
  const config = () => (stored ??= readConfig(io.env));
  const server = async () => trimSlash(options().server ?? io.env.INKWELL_URL ?? (await config())?.server ?? DEFAULT_SERVER);
  return {
    io,
    server,
    client: async () => {
      if (client) return client;
      const url = await server();
      const saved = io.env.INKWELL_TOKEN ? null : await config();
      // A stored token goes only to the server it was stored for, never to another --server.
      const token = io.env.INKWELL_TOKEN || (saved && trimSlash(saved.server) === url ? saved.token : undefined);
      if (!token) throw new CliError(`No token for ${url}: run "inkwell login --server ${url}" or set INKWELL_TOKEN.`, EXIT.auth);
      client = new InkwellClient({ url, token, signal: io.signal });
      return client;
    },
    report: (result, line) => {
      io.stdout.write(options().json ? `${JSON.stringify(result)}\n` : `${line}\n`);
    },
  };
}
