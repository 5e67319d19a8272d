// One error for every failed call to Inkwell's API, read the same way whatever made the call.

/** An API failure: its status, its code ("network" when the server could not be reached), field errors, and the script line at fault. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** For a refused script: the 1-based line (or segment number) the message is about. */
  readonly line: number | null;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}, line: number | null = null) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.line = line;
  }

  /** A 4xx other than "too many requests" will not get better by asking again. */
  get isFinal(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 429;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The `{ error, code, fields, line }` body of a failed answer (already parsed, or null when it was not JSON). */
export function toApiError(status: number, body: unknown): ApiError {
  if (!isRecord(body)) return new ApiError(status, `http:${status}`, "");
  const fields: Record<string, string> = {};
  if (isRecord(body.fields)) {
    for (const [key, value] of Object.entries(body.fields)) if (typeof value === "string") fields[key] = value;
  }
  const line = typeof body.line === "number" && Number.isInteger(body.line) && body.line > 0 ? body.line : null;
  return new ApiError(status, typeof body.code === "string" ? body.code : `http:${status}`, typeof body.error === "string" ? body.error : "", fields, line);
}

/** The error a call ends with when the server cannot be reached. */
export function networkError(): ApiError {
  return new ApiError(0, "network", "");
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
