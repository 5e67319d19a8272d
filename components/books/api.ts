import { ApiError } from "@/components/api/api-error";
import { describeError } from "@/components/jobs/job-error";
import type { BookListItem, BookPageView, BookView } from "@/lib/shared/books/views";
import type { Translator } from "@/lib/i18n/types";

// Browser calls to the books API.

export type { BookListItem, BookPageView, BookView };

export function bookUrl(id: string, rest = ""): string {
  return `/api/books/${encodeURIComponent(id)}${rest}`;
}

/** Words for a failed call: the server's message when it has one (already safe to show). */
export function errorText(t: Translator, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "network") return t("books.errors.network");
    return describeError(t, { code: error.code, message: error.message });
  }
  return t("common.errorGeneric");
}
