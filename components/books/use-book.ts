"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, isAbort, networkError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import type { PatchBook } from "@/lib/shared/books/schema";
import { bookUrl, type BookView } from "./api";

export interface UseBookResult {
  book: BookView | null;
  /** Set when the first load failed (404 for a missing or foreign book). */
  loadError: ApiError | null;
  /** PATCH and show the answer; throws `ApiError`. */
  patch: (body: PatchBook) => Promise<BookView>;
  /** Appends library pages; throws `ApiError`. */
  addPages: (imageIds: string[]) => Promise<BookView>;
  /** Loads the book again (pages made by jobs joined it). */
  reload: () => Promise<BookView>;
}

/** The book with a change's settings shown at once, before the server answers (pages have their own draft). */
function withSettings(book: BookView, body: PatchBook): BookView {
  const next = { ...book };
  for (const key of ["title", "subtitle", "author", "blurb", "theme", "language", "trim", "blankBacks", "pageNumbers", "coverSeed"] as const) {
    if (body[key] !== undefined) Object.assign(next, { [key]: body[key] });
  }
  if (body.printOnDemand !== undefined) next.printOnDemand = body.printOnDemand;
  if (body.frontMatter) next.frontMatter = { ...book.frontMatter, ...body.frontMatter };
  return next;
}

/** The book as `GET /api/books/:id` shows it, changed through PATCH (shown at once) and POST pages. */
export function useBook(id: string): UseBookResult {
  const [book, setBook] = useState<BookView | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  // Answers can arrive out of order: only the latest request may replace the book.
  const sequence = useRef(0);
  // Changes are sent one after another, so each answer includes every change before it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    const controller = new AbortController();
    const mine = ++sequence.current;
    fetchJson<BookView>(bookUrl(id), { signal: controller.signal }).then(
      (next) => {
        if (mine === sequence.current) setBook(next);
      },
      (error: unknown) => {
        if (isAbort(error) || mine !== sequence.current) return;
        setLoadError(error instanceof ApiError ? error : networkError());
      },
    );
    return () => controller.abort();
  }, [id]);

  const apply = useCallback((send: () => Promise<BookView>) => {
    const mine = ++sequence.current;
    const result = queue.current.catch(() => undefined).then(send);
    queue.current = result;
    return result.then((next) => {
      if (mine === sequence.current) setBook(next);
      return next;
    });
  }, []);

  const patch = useCallback(
    (body: PatchBook) => {
      let before: BookView | null = null;
      setBook((current) => {
        before = current;
        return current ? withSettings(current, body) : current;
      });
      return apply(() => fetchJson<BookView>(bookUrl(id), { method: "PATCH", json: body })).catch((error: unknown) => {
        // Refused: show the saved book again.
        if (before) setBook(before);
        throw error;
      });
    },
    [apply, id],
  );
  const addPages = useCallback((imageIds: string[]) => apply(() => fetchJson<BookView>(bookUrl(id, "/pages"), { method: "POST", json: { imageIds } })), [apply, id]);
  const reload = useCallback(() => apply(() => fetchJson<BookView>(bookUrl(id))), [apply, id]);
  return { book, loadError, patch, addPages, reload };
}
