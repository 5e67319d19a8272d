import { ApiError } from "@/components/jobs/api";
import type { StartPhotoResponse } from "./types";

export interface UploadPhotoOptions {
  /** Upload progress between 0 and 1, or `null` once sent (the server is checking the photo). */
  onProgress?: (fraction: number | null) => void;
  signal?: AbortSignal;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The `{ error, code, fields }` body of a failed answer as an `ApiError`, like `fetchJson` does. */
function toApiError(status: number, text: string): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's error page): the code alone says what happened.
  }
  if (!isRecord(body)) return new ApiError(status, `http:${status}`, "");
  const fields: Record<string, string> = {};
  if (isRecord(body.fields)) {
    for (const [key, value] of Object.entries(body.fields)) if (typeof value === "string") fields[key] = value;
  }
  return new ApiError(status, typeof body.code === "string" ? body.code : `http:${status}`, typeof body.error === "string" ? body.error : "", fields);
}

/**
 * Sends the photo form with `XMLHttpRequest`, whose upload events (unlike `fetch`'s) report how
 * much of a large photo has left the phone. Resolves with the start answer, rejects with an
 * `ApiError` (code "network" when the server cannot be reached) or an `AbortError`.
 */
export function uploadPhotoPage(form: FormData, { onProgress, signal }: UploadPhotoOptions = {}): Promise<StartPhotoResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/photo-pages");
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress?.(null);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as StartPhotoResponse);
        } catch {
          reject(new ApiError(xhr.status, "invalid:response", ""));
        }
      } else {
        reject(toApiError(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, "network", ""));
    xhr.onabort = () => reject(new DOMException("The upload was canceled.", "AbortError"));
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException("The upload was canceled.", "AbortError"));
        return;
      }
      signal.addEventListener("abort", () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}
