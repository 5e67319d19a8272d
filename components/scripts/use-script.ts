"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, isAbort } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { scriptUrl } from "./script-url";
import type { EngineChoice, QualityChoice, ScriptPatch, ScriptView } from "./types";

export interface UseScriptResult {
  script: ScriptView | null;
  /** Set when the first load failed (404 for a missing or foreign script). */
  loadError: ApiError | null;
  /** Asks the server again; failures after the first load are ignored (the next refresh tries again). */
  refresh: () => Promise<void>;
  /** PATCH and show the answer; throws `ApiError`. */
  patch: (body: ScriptPatch) => Promise<ScriptView>;
}

/** The engine and quality the script's cost estimate is asked for. */
export interface EstimateFor {
  engine: EngineChoice;
  quality: QualityChoice;
}

/** The script as `GET /api/scripts/:id` shows it, kept fresh by the studio, its estimate for `estimateFor`. */
export function useScript(id: string, { engine, quality }: EstimateFor): UseScriptResult {
  const [script, setScript] = useState<ScriptView | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  // Answers can arrive out of order: only the latest request may replace the script.
  const sequence = useRef(0);

  const load = useCallback(
    (signal?: AbortSignal): Promise<void> => {
      const mine = ++sequence.current;
      const query = new URLSearchParams({ engine, ...(engine === "openai" ? { quality } : {}) });
      return fetchJson<ScriptView>(scriptUrl(id, `?${query}`), { signal }).then(
        (next) => {
          if (mine !== sequence.current) return;
          setScript(next);
          setLoadError(null);
        },
        (error: unknown) => {
          if (mine !== sequence.current || isAbort(error)) return;
          setLoadError(error instanceof ApiError ? error : new ApiError(0, "network", ""));
        },
      );
    },
    [id, engine, quality],
  );
  const refresh = useCallback(() => load(), [load]);

  const patch = useCallback(
    async (body: ScriptPatch) => {
      const mine = ++sequence.current;
      const next = await fetchJson<ScriptView>(scriptUrl(id), { method: "PATCH", json: body });
      if (mine === sequence.current) setScript(next);
      // The answer estimates for the default engine; ask again for the one chosen here.
      if (next.estimate?.engine !== engine || (engine === "openai" && next.estimate.quality !== quality)) void load();
      return next;
    },
    [id, engine, quality, load],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  return { script, loadError, refresh, patch };
}
