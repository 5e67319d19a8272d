import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { InkwellClient } from "../client";
import { CliError, EXIT } from "../errors";
import { writeOutputFile } from "../io";

/** What `--out dir/` remembers between runs, so a rerun continues the same script. */
const stateSchema = z.object({ server: z.string(), scriptId: z.string().min(1), source: z.string() }).strict();
export type IllustrateState = z.output<typeof stateSchema>;

export const STATE_FILE = ".inkwell-script.json";

export function fingerprintOf(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function readState(dir: string): Promise<IllustrateState | null> {
  try {
    return stateSchema.parse(JSON.parse(await fs.readFile(path.join(dir, STATE_FILE), "utf8")));
  } catch {
    return null;
  }
}

export async function writeState(dir: string, state: IllustrateState): Promise<void> {
  await writeOutputFile(path.join(dir, STATE_FILE), Buffer.from(`${JSON.stringify(state, null, 2)}\n`));
}

/** One item of the script's JSON export (the reference module's shape). */
interface ExportedItem {
  timestamp: string;
  generated_image: { file: string } | null;
}

interface SegmentJson {
  id: string;
  timestamp: string;
  imageId: string | null;
}

/** Where the script stands: its segments, and the export that names each image's file. */
export interface ScriptState {
  segments: SegmentJson[];
  /** The files named by index and timestamp (`003_0-30_roasting.png`), by segment, or null. */
  files: Array<string | null>;
  json: { bytes: Buffer; filename: string };
}

export async function loadScriptState(client: InkwellClient, scriptId: string): Promise<ScriptState> {
  const id = encodeURIComponent(scriptId);
  const view = await client.getJson<{ segments: SegmentJson[] }>(`/api/scripts/${id}`);
  const download = await client.getDownload(`/api/scripts/${id}/export?format=json`);
  const items = JSON.parse(download.bytes.toString("utf8")) as ExportedItem[];
  if (items.length !== view.segments.length) throw new CliError("The script changed while it was read; run the command again.", EXIT.server);
  return {
    segments: view.segments,
    files: items.map((item) => (item.generated_image ? path.basename(item.generated_image.file) : null)),
    json: { bytes: download.bytes, filename: path.basename(download.filename ?? "script.json") },
  };
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Saves each made image that is not in `dir` yet (written under a temporary name, then renamed,
 * so an interrupted download never passes for a finished scene) and the JSON beside them.
 * Answers how many scene files `dir` holds.
 */
export async function saveFinished(client: InkwellClient, dir: string, state: ScriptState): Promise<number> {
  let saved = 0;
  for (const [index, segment] of state.segments.entries()) {
    const name = state.files[index];
    if (!name || !segment.imageId) continue;
    const target = path.join(dir, name);
    if (!(await exists(target))) {
      const partial = `${target}.part`;
      try {
        await writeOutputFile(partial, await client.getBytes(`/api/images/${encodeURIComponent(segment.imageId)}/file`));
        await fs.rename(partial, target);
      } finally {
        await fs.rm(partial, { force: true });
      }
    }
    saved++;
  }
  await writeOutputFile(path.join(dir, state.json.filename), state.json.bytes);
  return saved;
}
