import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { CommandContext } from "../context";
import { CliError, EXIT } from "../errors";
import { writeOutputFile } from "../io";
import { readState } from "./illustrate-files";

export const EXPORT_FORMATS = ["fcpxml", "premiere", "otio", "srt", "vtt", "zip", "json", "pdf"] as const;

/** A script's id, or the folder `inkwell illustrate` filled (it remembers its script). */
async function scriptIdOf(target: string): Promise<string> {
  if (!fs.existsSync(target)) return target;
  const state = fs.statSync(target).isDirectory() ? await readState(target) : null;
  if (!state) throw new CliError(`${target} is not a folder made by "inkwell illustrate"; give the script's id or that folder.`, EXIT.usage);
  return state.scriptId;
}

export function addExportCommand(program: Command, context: CommandContext): void {
  program
    .command("export")
    .description("export a script: an editor timeline (ZIP with its images), subtitles, the images, the JSON or a storyboard PDF")
    .argument("<script>", "the script's id, or the folder \"inkwell illustrate\" wrote")
    .requiredOption("--format <format>", EXPORT_FORMATS.join(", "))
    .option("-o, --out <file>", "where to save it (default: the server's file name, here)")
    .action(async (target: string, options: { format: string; out?: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) throw new CliError(`Choose --format among ${EXPORT_FORMATS.join(", ")}.`, EXIT.usage);
      const scriptId = await scriptIdOf(target);
      const client = await context.client();
      const download = await client.getDownload(`/api/scripts/${encodeURIComponent(scriptId)}/export?format=${options.format}`);
      const out = options.out ?? path.basename(download.filename ?? `script-${scriptId}.${options.format}`);
      await writeOutputFile(out, download.bytes);
      context.report({ scriptId, format: options.format, file: out }, `Saved ${out}`);
    });
}
