import fs from "node:fs/promises";
import path from "node:path";
import { CliError, EXIT } from "./errors";

/** What the CLI touches outside itself, so tests can run it in-process. */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** Where `inkwell login` reads the token from: a pipe, or a terminal (then without echo). */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  sleep: (ms: number) => Promise<void>;
  pollMs: number;
  /** Aborted on Ctrl-C: long commands stop at the next step and say what is left. */
  signal?: AbortSignal;
}

export function defaultIO(signal?: AbortSignal): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), pollMs: 500, signal };
}

/** Reads a file the user named, with a one-line reason when it cannot be read. */
export async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `File not found: ${file}` : `Cannot read ${file} (${code ?? "unknown error"}).`, EXIT.usage);
  }
}

/** Writes a result file, creating its folder. */
export async function writeOutputFile(file: string, bytes: Buffer): Promise<void> {
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(file, bytes);
  } catch (error) {
    throw new CliError(`Cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? "unknown error"}).`, EXIT.usage);
  }
}
