"use client";

import { useCallback, useState } from "react";
import { networkError, toApiError, type ApiError } from "@/components/api/api-error";

/** Where a download is: the server building the file (no size known yet), then the bytes arriving. */
export type DownloadState =
  | { phase: "idle" }
  | { phase: "building" }
  | { phase: "receiving"; received: number; total: number | null }
  | { phase: "done" }
  | { phase: "failed"; error: unknown };

function filenameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? fallback;
}

async function failure(response: Response): Promise<ApiError> {
  return toApiError(response.status, await response.json().catch(() => null));
}

/**
 * Fetches a file the server builds on request (a book's PDF) and saves it, reporting the phase so
 * the page can show progress: building takes seconds for a big book, then the bytes stream in.
 */
export function useDownload(): { state: DownloadState; start: (url: string, fallbackName: string) => Promise<void> } {
  const [state, setState] = useState<DownloadState>({ phase: "idle" });
  const start = useCallback(async (url: string, fallbackName: string) => {
    setState({ phase: "building" });
    try {
      let response: Response;
      try {
        response = await fetch(url, { cache: "no-store" });
      } catch {
        throw networkError();
      }
      if (!response.ok || !response.body) throw await failure(response);
      const total = Number(response.headers.get("content-length")) || null;
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let received = 0;
      setState({ phase: "receiving", received, total });
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        setState({ phase: "receiving", received, total });
      }
      const blob = new Blob(chunks as BlobPart[], { type: response.headers.get("content-type") ?? "application/octet-stream" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = filenameOf(response, fallbackName);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      setState({ phase: "done" });
    } catch (error) {
      setState({ phase: "failed", error });
    }
  }, []);
  return { state, start };
}
