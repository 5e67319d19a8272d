"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { describeError } from "@/components/jobs/job-error";
import { useFollow } from "@/components/jobs/use-follow";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatUsdAmount } from "@/lib/shared/money";
import type { BatchView } from "@/lib/shared/views";
import { RetryFailed } from "./retry-failed";

/**
 * The live progress and cost of the batches making a book's pages, newest first, with each failed
 * page's reason and, once a batch has finished with failures, a button to retry them. `known` are
 * the views the book came with (after a reload): shown at once, followed only while they run.
 */
export function BatchStatus({ batchIds, known, locale, onSettled }: { batchIds: readonly string[]; known?: readonly BatchView[]; locale: string; onSettled: () => void }) {
  const t = useT();
  const follow = useFollow({ jobIds: [], batchIds, known: { batches: known }, onSettled });
  return (
    <ul className="flex flex-col gap-4" aria-label={t("books.generate.progressList")}>
      {batchIds.map((id) => {
        const batch = follow.batches[id];
        if (!batch) return <li key={id}><ProgressBar label={t("books.generate.starting")} value={null} /></li>;
        const finished = batch.counts.done + batch.counts.failed + batch.counts.canceled;
        const failures = batch.jobs.filter((job) => job.status === "failed" && job.error);
        return (
          <li key={id} className="flex flex-col gap-2">
            <ProgressBar
              label={batch.status === "running" ? t("books.generate.making") : t("books.generate.done")}
              value={batch.progress}
              valueText={t("books.generate.counts", { done: batch.counts.done, total: batch.counts.total })}
            />
            <p className="text-sm text-ink-muted" aria-live="polite">
              {t("books.generate.cost", { cost: formatUsdAmount(batch.costUsd, locale), estimate: formatUsdAmount(batch.estimatedCostUsd, locale) })}
              {finished < batch.counts.total ? "" : batch.counts.failed > 0 ? ` · ${t("books.generate.failedCount", { count: batch.counts.failed })}` : ""}
            </p>
            {failures.length > 0 && (
              <ul className="list-disc pl-5 text-sm text-red-700">
                {failures.map((job) => (
                  <li key={job.jobId}>{describeError(t, job.error!)}</li>
                ))}
              </ul>
            )}
            {batch.status !== "running" && batch.counts.failed + batch.counts.canceled > 0 && <RetryFailed batch={batch} onRetried={follow.putBatch} />}
          </li>
        );
      })}
    </ul>
  );
}
