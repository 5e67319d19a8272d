import { Command, CommanderError } from "commander";
import { addBookCommand } from "./commands/book";
import { addBookAndJobCommands } from "./commands/books-jobs";
import { addExportCommand } from "./commands/export";
import { addIllustrateCommand } from "./commands/illustrate";
import { addLoginCommand } from "./commands/login";
import { addPictureCommands } from "./commands/pictures";
import { createContext } from "./context";
import { CliError, EXIT, type ExitCode } from "./errors";
import { defaultIO, type CliIO } from "./io";

/**
 * Runs the `inkwell` command line against an Inkwell server (--server, INKWELL_URL or the one
 * `inkwell login` stored, with the token in INKWELL_TOKEN or the stored one) and answers its exit
 * code; failures are one line on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIO = defaultIO()): Promise<ExitCode> {
  const program = new Command("inkwell")
    .description("Inkwell from the command line: coloring pages, scenes, script storyboards and books")
    .option("--server <url>", "the Inkwell server (default: INKWELL_URL, the stored login, or http://localhost:3000)")
    .option("--json", "print machine-readable results")
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text), outputError: () => undefined });
  const context = createContext(io, () => program.opts<{ server?: string; json?: boolean }>());
  addLoginCommand(program, context);
  addPictureCommands(program, context);
  addIllustrateCommand(program, context);
  addExportCommand(program, context);
  addBookCommand(program, context);
  addBookAndJobCommands(program, context);
  for (const command of program.commands) command.exitOverride().configureOutput({ outputError: () => undefined });
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      io.stderr.write(`inkwell: ${error.message.replace(/^error: /, "")}\n`);
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr.write(`inkwell: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`inkwell: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.server;
  }
}
