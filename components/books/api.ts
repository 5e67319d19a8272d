import { ApiError, fetchJson } from "@/components/jobs/api";
import { describeError } from "@/components/jobs/job-error";
import type { BookListItem, BookPageView, BookView } from "@/lib/books/types";
import type { Translator } from "@/lib/i18n/types";

// Browser calls to the books API.

export type { BookListItem, BookPageView, BookView };

export function bookUrl(id: string, rest = ""): string {
  return `/api/books/${encodeURIComponent(id)}${rest}`;
}

export function sendJson<T>(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<T> {
  return fetchJson<T>(url, { method, cache: "no-store", ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/** Words for a failed call: the server's message when it has one (already safe to show). */
export function errorText(t: Translator, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "network") return t("books.errors.network");
    return describeError(t, { code: error.code, message: error.message });
  }
  return t("common.errorGeneric");
}
