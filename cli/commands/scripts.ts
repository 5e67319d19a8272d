import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { CommandContext } from "../context";
import { CliError, EXIT } from "../errors";
import { followBatch } from "../follow";
import { readInputFile, writeOutputFile } from "../io";

const FORMATS = ["zip", "json", "pdf", "fcpxml", "premiere", "otio", "srt", "vtt"];

/** The export format: --format, else the output file's extension (.zip, .json, .pdf…). */
function formatOf(out: string, format?: string): string {
  const chosen = format ?? path.extname(out).slice(1).toLowerCase();
  if (!FORMATS.includes(chosen)) throw new CliError(`Choose --format among ${FORMATS.join(", ")} (or name --out with one of them).`, EXIT.usage);
  return chosen;
}

/** Creates a script from a file: subtitles are uploaded as they are, anything else is sent as text. */
async function createScript(context: CommandContext, file: string, options: { title?: string; style: string; customStyle?: string; aspect?: string }): Promise<string> {
  const bytes = await readInputFile(file);
  const title = options.title ?? path.parse(file).name;
  const settings = { title, style: options.style, customStyle: options.customStyle, aspect: options.aspect };
  const extension = path.extname(file).toLowerCase();
  if (extension === ".srt" || extension === ".vtt") {
    const form = new FormData();
    for (const [key, value] of Object.entries(settings)) if (value !== undefined) form.set(key, value);
    form.set("file", new Blob([new Uint8Array(bytes)]), path.basename(file));
    return (await context.client().postForm<{ id: string }>("/api/scripts", form)).id;
  }
  return (await context.client().postJson<{ id: string }>("/api/scripts", { ...settings, text: bytes.toString("utf8") })).id;
}

async function exportScript(context: CommandContext, scriptId: string, out: string, format: string): Promise<void> {
  await writeOutputFile(out, await context.client().getBytes(`/api/scripts/${encodeURIComponent(scriptId)}/export?format=${format}`));
}

export function addScriptCommands(program: Command, context: CommandContext): void {
  const script = program.command("script").description("video scripts: illustrate every scene, export");
  script
    .command("illustrate")
    .description("illustrate a script's scenes with a progress bar; rerun with the script id to make only the missing ones")
    .argument("<script>", "a script file (.srt, .vtt, .txt, .json) or the id of a script on the server")
    .option("--title <title>", "the new script's title (default: the file's name)")
    .option("--style <style>", "cinematic, documentary, cartoon, minimalist or custom", "cinematic")
    .option("--custom-style <text>", "your own style, with --style custom")
    .option("--aspect <aspect>", "16:9, 1:1 or 9:16")
    .option("--engine <engine>", "offline or openai")
    .option("--model <model>", "an OpenAI image model the server allows")
    .option("-o, --out <file>", "export when done: storyboard.zip, .json, .pdf…")
    .option("--format <format>", `${FORMATS.join(", ")} (default: --out's extension)`)
    .action(async (target: string, options: { title?: string; style: string; customStyle?: string; aspect?: string; engine?: string; model?: string; out?: string; format?: string }) => {
      const format = options.out ? formatOf(options.out, options.format) : undefined;
      const scriptId = fs.existsSync(target) ? await createScript(context, target, options) : target;
      context.io.stderr.write(`Script ${scriptId}\n`);
      let batchId: string | null = null;
      try {
        batchId = (await context.client().postJson<{ batchId: string }>(`/api/scripts/${encodeURIComponent(scriptId)}/illustrate`, { engine: options.engine, model: options.model })).batchId;
      } catch (error) {
        // Every scene has its image already: a rerun after a finished run has nothing left to do.
        if (!(error instanceof CliError && error.code === "conflict:nothing_to_illustrate")) throw error;
      }
      if (batchId) await followBatch(context.client(), context.io, batchId);
      if (options.out && format) await exportScript(context, scriptId, options.out, format);
      context.report({ scriptId, batchId, file: options.out ?? null }, options.out ? `Saved ${options.out} (script ${scriptId})` : `Illustrated script ${scriptId}`);
    });
  script
    .command("export")
    .description("export a script's storyboard or timeline")
    .argument("<id>", "the script's id")
    .requiredOption("-o, --out <file>", "storyboard.zip, .json, .pdf, .fcpxml…")
    .option("--format <format>", `${FORMATS.join(", ")} (default: --out's extension)`)
    .action(async (id: string, options: { out: string; format?: string }) => {
      await exportScript(context, id, options.out, formatOf(options.out, options.format));
      context.report({ scriptId: id, file: options.out }, `Saved ${options.out}`);
    });
}
