"use client";

import { useEffect, useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { apiErrorText, usd } from "../labels";
import { scriptUrl } from "../script-url";
import type { ScriptEstimate } from "../types";

/** What the studio's engine picker says a new image is drawn with, and how to start a selection's batch. */
export interface SelectionBatch {
  /** `engine`, and for OpenAI `model` and `quality`: the estimate is asked for with these. */
  params: Record<string, string>;
  /** Starts one batch for these segments; answers an error text, or null. */
  start: (segmentIds: string[], redraw: boolean) => Promise<string | null>;
  /** Unsaved edits or a running batch: the selection cannot be drawn now. */
  blocked: boolean;
}

type Estimates = Record<"illustrate" | "redraw", ScriptEstimate | null>;

/** The server's estimate for exactly this selection, as the illustrate call would count it. */
function useSelectionEstimates(scriptId: string, segmentIds: readonly string[], params: Record<string, string>): Estimates {
  // Kept with the selection it is for, so a changed selection shows no stale price.
  const [answer, setAnswer] = useState<{ key: string; estimates: Estimates } | null>(null);
  const key = `${segmentIds.join(",")}|${JSON.stringify(params)}`;
  useEffect(() => {
    if (segmentIds.length === 0) return;
    const controller = new AbortController();
    // A short pause: shift+arrows change the selection at key-repeat speed.
    const timer = setTimeout(() => {
      const ask = (redraw: boolean) => {
        // A one-segment window keeps the answer small; the estimate is the selection's whatever the window.
        const query = new URLSearchParams({ ...params, segments: segmentIds.join(","), redraw: String(redraw), limit: "1" });
        return fetchJson<{ estimate: ScriptEstimate | null }>(scriptUrl(scriptId, `?${query}`), { signal: controller.signal }).then((view) => view.estimate);
      };
      Promise.all([ask(false), ask(true)])
        .then(([illustrate, redraw]) => setAnswer({ key, estimates: { illustrate, redraw } }))
        .catch(() => undefined);
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for the ids and params, which are new arrays and objects at every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scriptId, key]);
  return answer?.key === key ? answer.estimates : { illustrate: null, redraw: null };
}

/** "Illustrate selection (n) · $x" and "Redraw selection (n) · $x": one request, one batch each, priced first. */
export function SelectionActions({ scriptId, segmentIds, batch }: { scriptId: string; segmentIds: readonly string[]; batch: SelectionBatch }) {
  const t = useT();
  const locale = useLocale();
  const estimates = useSelectionEstimates(scriptId, segmentIds, batch.params);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (segmentIds.length === 0) return null;

  const label = (kind: "illustrate" | "redraw") => {
    const estimate = estimates[kind];
    const key = kind === "illustrate" ? "scripts.storyboard.illustrateSelection" : "scripts.storyboard.redrawSelection";
    if (!estimate) return t(key, { count: segmentIds.length, amount: t("scripts.storyboard.estimating") });
    const amount = estimate.totalUsd === 0 ? t("scripts.storyboard.free") : usd(locale, estimate.totalUsd);
    return t(key, { count: estimate.segments ?? segmentIds.length, amount });
  };
  async function run(redraw: boolean) {
    setBusy(true);
    setError(null);
    try {
      setError(await batch.start([...segmentIds], redraw));
    } catch (caught) {
      setError(apiErrorText(t, caught));
    } finally {
      setBusy(false);
    }
  }
  const nothingNew = estimates.illustrate !== null && (estimates.illustrate.segments ?? 0) === 0;
  return (
    <>
      <Button size="sm" variant="secondary" disabled={busy || batch.blocked || estimates.illustrate === null || nothingNew} onClick={() => void run(false)}>
        {label("illustrate")}
      </Button>
      <Button size="sm" variant="secondary" disabled={busy || batch.blocked || estimates.redraw === null} onClick={() => void run(true)}>
        {label("redraw")}
      </Button>
      <a
        className="text-sm font-medium text-ink underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-2"
        href={scriptUrl(scriptId, `/export?${new URLSearchParams({ format: "zip", segments: segmentIds.join(",") })}`)}
        download
      >
        {t("scripts.storyboard.exportSelection", { count: segmentIds.length })}
      </a>
      {batch.blocked ? <span className="text-sm text-ink-muted">{t("scripts.storyboard.selectionBlocked")}</span> : null}
      {error ? (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      ) : null}
    </>
  );
}
