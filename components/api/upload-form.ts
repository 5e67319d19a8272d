import { ApiError, networkError, toApiError } from "./api-error";

export interface UploadFormOptions {
  /** Upload progress between 0 and 1, or `null` once sent (the server is checking what it got). */
  onProgress?: (fraction: number | null) => void;
  signal?: AbortSignal;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON (a proxy's error page): the status alone says what happened.
    return null;
  }
}

/**
 * `fetchJson` for a large multipart upload, with `XMLHttpRequest`, whose upload events (unlike
 * `fetch`'s) report how much has left the phone. Same answers and the same `ApiError`s.
 */
export function uploadForm<T>(url: string, form: FormData, { onProgress, signal }: UploadFormOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const aborted = () => reject(new DOMException("The upload was canceled.", "AbortError"));
    if (signal?.aborted) return aborted();
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress?.(null);
    xhr.onload = () => {
      const body = parsed(xhr.responseText);
      if (xhr.status < 200 || xhr.status >= 300) reject(toApiError(xhr.status, body));
      else if (body === null) reject(new ApiError(xhr.status, "invalid:response", ""));
      else resolve(body as T);
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = aborted;
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
