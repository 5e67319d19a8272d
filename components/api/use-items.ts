"use client";

import { useCallback, useEffect, useState } from "react";
import { isAbort } from "./api-error";
import { fetchJson } from "./fetch-json";

/** A list read from the API: loading, failed, or its items. */
export type ItemsState<T> = { status: "loading" } | { status: "error" } | { status: "ready"; items: T[] };

/**
 * Reads `{ items }` from an API list route when mounted (aborted on unmount); `retry` reads it
 * again after a failure.
 */
export function useItems<T>(url: string): { state: ItemsState<T>; retry: () => void } {
  const [state, setState] = useState<ItemsState<T>>({ status: "loading" });

  const load = useCallback(
    (signal?: AbortSignal) => {
      fetchJson<{ items: T[] }>(url, { signal })
        .then((answer) => setState({ status: "ready", items: answer.items }))
        .catch((error: unknown) => {
          if (!isAbort(error)) setState({ status: "error" });
        });
    },
    [url],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    load();
  }, [load]);

  return { state, retry };
}
