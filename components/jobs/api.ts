// Browser helpers for Inkwell's JSON API, shared by the studio's client components.

/** An API failure with its code, status and field errors, thrown by `fetchJson`. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Reads the `{ error, code, fields }` body of a failed answer into an `ApiError`. */
async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (!isRecord(body)) return new ApiError(response.status, `http:${response.status}`, "");
  const fields: Record<string, string> = {};
  if (isRecord(body.fields)) {
    for (const [key, value] of Object.entries(body.fields)) if (typeof value === "string") fields[key] = value;
  }
  return new ApiError(
    response.status,
    typeof body.code === "string" ? body.code : `http:${response.status}`,
    typeof body.error === "string" ? body.error : "",
    fields,
  );
}

/** `fetch` for the JSON API: the parsed body on success, an `ApiError` otherwise (code "network" offline). */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: "application/json", ...(init?.body ? { "content-type": "application/json" } : {}), ...init?.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", "");
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
