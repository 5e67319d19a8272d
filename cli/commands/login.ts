import type { Command } from "commander";
import { InkwellClient } from "../client";
import { DEFAULT_SERVER, writeConfig } from "../config";
import type { CommandContext } from "../context";
import { CliError, EXIT } from "../errors";
import type { CliIO } from "../io";

/** Reads a piped token to its end. */
async function readPiped(stdin: CliIO["stdin"]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

/** Asks for the token on a terminal without echoing what is typed. */
function promptHidden(io: CliIO): Promise<string> {
  const { stdin } = io;
  io.stderr.write("Personal API token (Settings → Personal API tokens): ");
  stdin.setRawMode?.(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = (error?: CliError) => {
      stdin.setRawMode?.(false);
      stdin.pause();
      stdin.removeListener("data", onData);
      io.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of chunk.toString()) {
        if (char === "\u0003") return finish(new CliError("Stopped.", EXIT.interrupted));
        if (char === "\r" || char === "\n" || char === "\u0004") return finish();
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on("data", onData);
  });
}

export function addLoginCommand(program: Command, context: CommandContext): void {
  program
    .command("login")
    .description("store the server and a personal API token (read from stdin or asked for, never shown) for later commands")
    .action(async () => {
      const { io } = context;
      const server = (program.opts<{ server?: string }>().server ?? DEFAULT_SERVER).replace(/\/+$/, "");
      if (!URL.canParse(server) || !/^https?:$/.test(new URL(server).protocol)) throw new CliError(`--server must be an http(s) address: ${server}`, EXIT.usage);
      const token = (io.stdin.isTTY ? await promptHidden(io) : await readPiped(io.stdin)).trim();
      if (!token) throw new CliError("No token given: pipe it in or type it at the prompt.", EXIT.usage);
      // Checked before it is stored, so a typo is found now rather than at the next command.
      await new InkwellClient({ url: server, token, signal: io.signal }).getJson("/api/models");
      const file = await writeConfig(io.env, { server, token });
      context.report({ server, config: file }, `Logged in to ${server} (saved in ${file})`);
    });
}
