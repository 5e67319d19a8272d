import { networkError, toApiError } from "./api-error";

export interface FetchJsonOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart (the browser sets the boundary). */
  form?: FormData;
  signal?: AbortSignal;
}

/**
 * The one way the pages call the JSON API: the parsed body (undefined for 204), or an `ApiError`
 * (code "network" when the server cannot be reached). An abort rejects with the `AbortError`.
 */
export async function fetchJson<T>(url: string, { method = "GET", json, form, signal }: FetchJsonOptions = {}): Promise<T> {
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
    throw networkError();
  }
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
