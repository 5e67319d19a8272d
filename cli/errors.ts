/**
 * Exit codes a script can test: 0 ok, 1 a job failed, 2 bad usage or input, 3 auth, 4 budget or a
 * limit, 5 the server could not be reached or failed, 130 stopped by Ctrl-C (as shells report SIGINT).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, auth: 3, limit: 4, server: 5, interrupted: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the CLI reports in one line, with the exit code it means. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** The server's error code, such as "conflict:nothing_to_illustrate". */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The exit code an HTTP status means. */
export function exitCodeOfStatus(status: number): ExitCode {
  if (status === 401 || status === 403) return EXIT.auth;
  if (status === 402 || status === 413 || status === 429) return EXIT.limit;
  if (status >= 400 && status < 500) return EXIT.usage;
  return EXIT.server;
}

/** Throws the one-line "stopped" failure once Ctrl-C was pressed. */
export function throwIfInterrupted(signal: AbortSignal | undefined, what = "Stopped."): void {
  if (signal?.aborted) throw new CliError(what, EXIT.interrupted);
}
