"use client";

import { useId } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import type { BatchSummary } from "./batch-summary";

/**
 * A batch's bar with its done and failed scenes side by side (green, then red, the rest still to
 * come), so ten scenes done and two failed reads as that, not as a red bar.
 */
export function BatchProgress({ summary, running, progress }: { summary: BatchSummary; running: boolean; progress: number }) {
  const t = useT();
  const labelId = useId();
  const text = t("scripts.batch.progressSplit", { done: summary.done, failed: summary.failed, total: summary.total });
  // While running, the bar's filled part follows the jobs' own progress; done and failed still show apart.
  const pending = running ? Math.max(0, Math.min(100, progress) - summary.shares.done - summary.shares.failed) : 0;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span id={labelId} className="font-medium text-ink">
          {t("scripts.batch.progressLabel")}
        </span>
        <span aria-hidden="true" className="text-ink-muted tabular-nums" data-testid="batch-progress-text">
          {text}
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.max(0, progress))}
        aria-valuetext={text}
        className="flex h-2.5 w-full overflow-hidden rounded-full bg-accent-100"
      >
        <div className="h-full bg-emerald-600 transition-[width]" style={{ width: `${summary.shares.done}%` }} data-testid="batch-bar-done" />
        <div className="h-full bg-red-700 transition-[width]" style={{ width: `${summary.shares.failed}%` }} data-testid="batch-bar-failed" />
        {pending > 0 && <div className="h-full bg-accent-700 opacity-60 transition-[width]" style={{ width: `${pending}%` }} />}
      </div>
    </div>
  );
}
