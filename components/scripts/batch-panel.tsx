"use client";

import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { ModelChoice } from "@/components/models/model-picker";
import { formatUsdAmount } from "@/lib/shared/money";
import type { ImageModelView } from "@/lib/shared/models";
import { scriptUrl } from "./script-url";
import { BatchProgress } from "./batch-progress";
import { summarizeBatchOutcome } from "./batch-summary";
import { FailedScenes } from "./failed-scenes";
import { EnginePicker } from "./engine-picker";
import { apiErrorText, usd } from "./labels";
import type { BatchView, EngineChoice, IllustrateResponse, ScriptView } from "./types";

export interface BatchPanelProps {
  script: ScriptView;
  batch: BatchView | null;
  onBatch: (batch: BatchView) => void;
  engines: readonly EngineChoice[];
  engine: EngineChoice;
  onEngineChange: (engine: EngineChoice) => void;
  models: readonly ImageModelView[];
  choice: ModelChoice;
  onChoiceChange: (choice: ModelChoice) => void;
  /** The timeline has unsaved edits: illustrate after saving them. */
  dirty: boolean;
}

/**
 * The server's estimate when it is for the engine, model and quality chosen here; for another
 * model, the model list's typical price of a picture times the segments left.
 */
function matchingEstimate(script: ScriptView, engine: EngineChoice, choice: ModelChoice, models: readonly ImageModelView[], missing: number) {
  const estimate = script.estimate;
  if (!estimate || estimate.engine !== engine) return null;
  if (engine === "openai" && (estimate.model !== choice.model || (estimate.quality !== undefined && estimate.quality !== choice.quality))) {
    const typical = models.find((m) => m.id === choice.model)?.typicalCostUsd.scene[choice.quality];
    return typical === undefined ? null : { totalUsd: typical * missing };
  }
  return estimate;
}

/** "Illustrate all" (or the retry of the failed scenes) with its estimate, then the batch: progress, counts, failed scenes, Cancel, and the script's total cost. */
export function BatchPanel(props: BatchPanelProps) {
  const { script, batch, onBatch, engine, choice, dirty } = props;
  const t = useT();
  const locale = useLocale();
  const [busy, setBusy] = useState<"start" | "cancel" | "retry" | null>(null);
  const [error, setError] = useState<string | null>(null);

  const running = batch?.status === "running";
  const missing = script.segments.filter((segment) => !segment.imageId).length;
  const estimated = matchingEstimate(script, engine, choice, props.models, missing);

  async function run(kind: "start" | "cancel" | "retry") {
    setBusy(kind);
    setError(null);
    try {
      if (kind === "start") {
        const body = { engine, ...(engine === "openai" ? choice : {}) };
        const started = await fetchJson<IllustrateResponse>(scriptUrl(script.id, "/illustrate"), { method: "POST", json: body });
        onBatch(await fetchJson<BatchView>(`/api/batches/${encodeURIComponent(started.batchId)}`));
      } else if (batch) {
        onBatch(await fetchJson<BatchView>(`/api/batches/${encodeURIComponent(batch.id)}/${kind}`, { method: "POST" }));
      }
    } catch (caught) {
      setError(apiErrorText(t, caught));
    } finally {
      setBusy(null);
    }
  }

  let estimate: string;
  if (missing === 0) estimate = t("scripts.batch.nothingToDo");
  else if (engine === "offline" || estimated?.totalUsd === 0) estimate = t("scripts.batch.free", { count: missing });
  else if (!estimated) estimate = t("scripts.batch.estimating");
  else estimate = t("scripts.batch.estimate", { count: missing, amount: formatUsdAmount(estimated.totalUsd, locale) });

  const summary = batch ? summarizeBatchOutcome(batch, script.segments) : null;
  const failed = summary?.failed ?? 0;
  // One action: when the batch's failed scenes are all that is left to illustrate, it is their
  // retry (same batch, same cost); otherwise "Illustrate all", which takes the failed ones too.
  const failedIds = new Set(summary?.failedScenes.map((scene) => scene.segmentId) ?? []);
  const retryApplies = !running && failed > 0 && script.segments.every((segment) => segment.imageId || failedIds.has(segment.id));

  return (
    <Card as="section" aria-labelledby="batch-heading" className="flex flex-col gap-5">
      <CardTitle id="batch-heading">{t("scripts.batch.heading")}</CardTitle>
      <EnginePicker
        engines={props.engines}
        engine={engine}
        onEngineChange={props.onEngineChange}
        models={props.models}
        choice={choice}
        onChoiceChange={props.onChoiceChange}
        disabled={running}
      />

      {!running && (
        <div className="flex flex-col gap-3">
          <p className="text-sm font-medium text-ink" data-testid="batch-estimate">
            {estimate}
          </p>
          {dirty && <p className="text-sm text-amber-900">{t("scripts.batch.saveFirst")}</p>}
          {retryApplies ? (
            <Button onClick={() => void run("retry")} loading={busy === "retry"} disabled={dirty} fullWidth>
              {t("scripts.batch.retryFailed", { count: failed })}
            </Button>
          ) : (
            <Button onClick={() => void run("start")} loading={busy === "start"} disabled={missing === 0 || dirty} fullWidth>
              {t("scripts.batch.illustrateAll")}
            </Button>
          )}
        </div>
      )}

      {batch && summary && (
        <div className="flex flex-col gap-3">
          <BatchProgress summary={summary} running={running} progress={batch.progress} />
          <p role="status" aria-live="polite" aria-atomic="true" className="text-sm text-ink-muted tabular-nums">
            {running ? t("scripts.batch.running") : batch.status === "canceled" ? t("scripts.batch.canceled") : t("scripts.batch.finished")}{" "}
            {t("scripts.batch.counts", { done: batch.counts.done, failed: batch.counts.failed, remaining: batch.counts.remaining })}
          </p>
          <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
            <dt className="text-ink-muted">{t("scripts.batch.estimated")}</dt>
            <dd className="text-right tabular-nums">{usd(locale, batch.estimatedCostUsd)}</dd>
            <dt className="text-ink-muted">{running ? t("scripts.batch.spentSoFar") : t("scripts.batch.batchCost")}</dt>
            <dd className="text-right tabular-nums" data-testid="batch-cost">
              {usd(locale, batch.costUsd)}
            </dd>
          </dl>
          {!running && <FailedScenes scenes={summary.failedScenes} />}
          <div className="flex flex-wrap gap-2">
            {running && (
              <Button variant="secondary" size="sm" onClick={() => void run("cancel")} loading={busy === "cancel"}>
                {t("scripts.batch.cancel")}
              </Button>
            )}
          </div>
        </div>
      )}

      <dl className="grid grid-cols-2 gap-x-3 gap-y-1 border-t border-line pt-3 text-sm">
        <dt className="text-ink-muted">{t("scripts.batch.total")}</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="batch-total">
          {usd(locale, script.costUsd)}
        </dd>
        <dd className="col-span-2 text-xs text-ink-muted">{t("scripts.batch.scriptTotalHint")}</dd>
      </dl>

      {error && <Alert tone="error">{error}</Alert>}
    </Card>
  );
}
