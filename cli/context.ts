import { InkwellClient } from "./client";
import { CliError, EXIT } from "./errors";
import type { CliIO } from "./io";

/** What every command shares: the IO, the client (made on first use), and how results are printed. */
export interface CommandContext {
  io: CliIO;
  client: () => InkwellClient;
  /** Prints a result: its JSON with --json, else the human line. */
  report: (result: Record<string, unknown>, line: string) => void;
}

export function createContext(io: CliIO, options: () => { server?: string; json?: boolean }): CommandContext {
  let client: InkwellClient | null = null;
  return {
    io,
    client: () => {
      if (client) return client;
      const token = io.env.INKWELL_TOKEN;
      if (!token) throw new CliError("Set INKWELL_TOKEN to a personal API token (Settings → Personal API tokens).", EXIT.auth);
      client = new InkwellClient({ url: options().server ?? io.env.INKWELL_URL ?? "http://localhost:3000", token });
      return client;
    },
    report: (result, line) => {
      io.stdout.write(options().json ? `${JSON.stringify(result)}\n` : `${line}\n`);
    },
  };
}
