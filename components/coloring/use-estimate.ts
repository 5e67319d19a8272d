"use client";

import { useEffect, useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import type { ColoringOptions, EstimateResponse } from "./types";

const DEBOUNCE_MS = 400;

export type Estimate =
  | { status: "free" }
  | { status: "loading" }
  | { status: "ready"; costUsd: number; svgUsd: number }
  | { status: "error" };

/**
 * The cost of the page before it is made. Offline is free without asking; for OpenAI the estimate
 * endpoint is asked again (debounced) whenever an option that changes the price changes: the
 * model and the vector choice included, so the price is the server's for exactly that page.
 */
export function useEstimate(options: ColoringOptions): Estimate {
  const { engine, model, quality, paper, orientation, ageGroup, reference, title, vector } = options;
  const [estimate, setEstimate] = useState<Estimate>({ status: "loading" });

  useEffect(() => {
    if (engine === "offline") return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setEstimate({ status: "loading" });
      // The price does not depend on the words of the theme, only on its options.
      const body = { theme: "estimate", engine, model, quality, paper, orientation, ageGroup, reference, title, vector };
      fetchJson<EstimateResponse>("/api/coloring-pages/estimate", {
        method: "POST",
        json: body,
        signal: controller.signal,
      })
        .then((answer) => setEstimate({ status: "ready", costUsd: answer.estimatedCostUsd, svgUsd: answer.svgAuthoringUsd }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setEstimate({ status: "error" });
          return error;
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [engine, model, quality, paper, orientation, ageGroup, reference, title, vector]);

  return engine === "offline" ? { status: "free" } : estimate;
}
