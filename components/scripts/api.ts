import { ApiError } from "@/components/jobs/api";

// Browser calls to the scripts API: JSON or multipart bodies, and the `line` of a bad script.

/** An API failure that may point at a line of the script (or a segment number). */
export class ScriptApiError extends ApiError {
  readonly line: number | null;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}, line: number | null = null) {
    super(status, code, message, fields);
    this.name = "ScriptApiError";
    this.line = line;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

async function toError(response: Response): Promise<ScriptApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (!isRecord(body)) return new ScriptApiError(response.status, `http:${response.status}`, "");
  const fields: Record<string, string> = {};
  if (isRecord(body.fields)) {
    for (const [key, value] of Object.entries(body.fields)) if (typeof value === "string") fields[key] = value;
  }
  const line = typeof body.line === "number" && Number.isInteger(body.line) && body.line > 0 ? body.line : null;
  return new ScriptApiError(
    response.status,
    typeof body.code === "string" ? body.code : `http:${response.status}`,
    typeof body.error === "string" ? body.error : "",
    fields,
    line,
  );
}

export interface CallOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart (the browser sets the boundary). */
  form?: FormData;
  signal?: AbortSignal;
}

/** Calls the API: the parsed body (undefined for 204), or a `ScriptApiError` (code "network" offline). */
export async function callApi<T>(url: string, { method = "GET", json, form, signal }: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  let body: BodyInit | undefined;
  if (form) body = form;
  else if (json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(json);
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body, signal, cache: "no-store" });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ScriptApiError(0, "network", "");
  }
  if (!response.ok) throw await toError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function scriptUrl(id: string, rest = ""): string {
  return `/api/scripts/${encodeURIComponent(id)}${rest}`;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}
