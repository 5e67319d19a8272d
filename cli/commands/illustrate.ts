import path from "node:path";
import type { Command } from "commander";
import type { InkwellClient } from "../client";
import type { CommandContext } from "../context";
import { CliError, EXIT } from "../errors";
import { followBatch } from "../follow";
import { readInputFile } from "../io";
import { fingerprintOf, loadScriptState, readState, saveFinished, writeState } from "./illustrate-files";

interface IllustrateOptions {
  out: string;
  title?: string;
  style: string;
  customStyle?: string;
  aspect?: string;
  engine?: string;
  model?: string;
}

/** Creates the script from its file: subtitles are uploaded as they are, anything else is sent as text. */
async function createScript(client: InkwellClient, file: string, bytes: Buffer, options: IllustrateOptions): Promise<string> {
  const settings = { title: options.title ?? path.parse(file).name, style: options.style, customStyle: options.customStyle, aspect: options.aspect };
  const extension = path.extname(file).toLowerCase();
  try {
    if (extension === ".srt" || extension === ".vtt") {
      const form = new FormData();
      for (const [key, value] of Object.entries(settings)) if (value !== undefined) form.set(key, value);
      form.set("file", new Blob([new Uint8Array(bytes)]), path.basename(file));
      return (await client.postForm<{ id: string }>("/api/scripts", form)).id;
    }
    return (await client.postJson<{ id: string }>("/api/scripts", { ...settings, text: bytes.toString("utf8") })).id;
  } catch (error) {
    // "Line 3: no timestamp" is only useful with the file it is in.
    if (error instanceof CliError && error.exitCode === EXIT.usage) throw new CliError(`${file}: ${error.message}`, error.exitCode, error.code);
    throw error;
  }
}

/** The script this folder already illustrates (same server, same file), else a new one. */
async function scriptFor(context: CommandContext, client: InkwellClient, file: string, bytes: Buffer, options: IllustrateOptions): Promise<string> {
  const server = await context.server();
  const source = fingerprintOf(bytes);
  const state = await readState(options.out);
  if (state && (state.server !== server || state.source !== source)) {
    throw new CliError(`${options.out} holds the scenes of another script or server; choose another --out.`, EXIT.usage);
  }
  if (state) return state.scriptId;
  const scriptId = await createScript(client, file, bytes, options);
  await writeState(options.out, { server, scriptId, source });
  return scriptId;
}

async function cancelQuietly(client: InkwellClient, batchId: string): Promise<void> {
  await client.postJson(`/api/batches/${encodeURIComponent(batchId)}/cancel`, {}).catch(() => undefined);
}

export function addIllustrateCommand(program: Command, context: CommandContext): void {
  program
    .command("illustrate")
    .description("illustrate every scene of a script into a folder; Ctrl-C stops, and a rerun makes only the missing scenes")
    .argument("<script>", "a script file: .srt, .vtt, .txt or .json")
    .requiredOption("-o, --out <dir>", "the folder for the images (named by index and timestamp) and the script's JSON")
    .option("--title <title>", "the script's title (default: the file's name)")
    .option("--style <style>", "cinematic, documentary, cartoon, minimalist or custom", "cinematic")
    .option("--custom-style <text>", "your own style, with --style custom")
    .option("--aspect <aspect>", "16:9, 1:1 or 9:16")
    .option("--engine <engine>", "offline or openai")
    .option("--model <model>", "an OpenAI image model the server allows")
    .action(async (file: string, options: IllustrateOptions) => {
      // A missing file is reported before anything else (a token, the server) is needed.
      const bytes = await readInputFile(file);
      const client = await context.client();
      const scriptId = await scriptFor(context, client, file, bytes, options);
      let state = await loadScriptState(client, scriptId);
      const missing = state.segments.filter((segment) => !segment.imageId).map((segment) => segment.id);
      let batchId: string | null = null;
      let saved = await saveFinished(client, options.out, state);
      if (missing.length > 0) {
        batchId = (await client.postJson<{ batchId: string }>(`/api/scripts/${encodeURIComponent(scriptId)}/illustrate`, { segmentIds: missing, engine: options.engine, model: options.model })).batchId;
        let seen = 0;
        try {
          await followBatch(client, context.io, batchId, "Scenes", async (batch) => {
            if (batch.counts.done === seen) return;
            seen = batch.counts.done;
            saved = await saveFinished(client, options.out, await loadScriptState(client, scriptId));
          });
        } catch (error) {
          if (error instanceof CliError && error.exitCode === EXIT.interrupted) {
            // Nothing more is drawn (or paid for) once the user stopped; the rerun makes the rest.
            await cancelQuietly(client.withoutSignal(), batchId);
            throw new CliError(`Stopped: ${saved} of ${state.segments.length} scenes are in ${options.out}; run the same command again to make the rest.`, EXIT.interrupted);
          }
          throw error;
        } finally {
          if (!context.io.signal?.aborted) {
            state = await loadScriptState(client, scriptId);
            saved = await saveFinished(client, options.out, state);
          }
        }
      }
      const result = { scriptId, batchId, made: missing.length, saved, total: state.segments.length, dir: options.out, json: path.join(options.out, state.json.filename) };
      context.report(result, `${saved} of ${state.segments.length} scenes in ${options.out} (${missing.length} made now; script ${scriptId})`);
    });
}
