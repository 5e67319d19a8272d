"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { jobProgressValue, jobStageLabel } from "@/components/jobs/job-stage";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { describeJobError, jobKindLabel } from "./labels";
import type { BatchJobView } from "./types";

/** A job of one segment as the timeline shows it, whichever way it is followed. */
export interface LiveJob {
  id: string;
  kind: string;
  status: string;
  progress: number;
  stage: string | null;
  error: BatchJobView["error"];
}

export interface SegmentJobsProps {
  segmentNumber: number;
  running: readonly LiveJob[];
  /** The segment's latest job, when it failed or was canceled. */
  failure: LiveJob | null;
  onRetry?: () => void;
  onDismiss: (jobId: string) => void;
}

/**
 * Each running job's own bar (kind and stage), then the last failure with its reason. Failures are
 * not live regions: the batch panel announces the counts once instead of one alert per segment.
 */
export function SegmentJobs({ segmentNumber, running, failure, onRetry, onDismiss }: SegmentJobsProps) {
  const t = useT();
  const locale = useLocale();
  if (running.length === 0 && !failure) return null;
  return (
    <div className="flex flex-col gap-3">
      {running.map((job) => (
        <ProgressBar
          key={job.id}
          label={t("scripts.job.label", { kind: jobKindLabel(t, job.kind), stage: jobStageLabel(t, job) })}
          value={jobProgressValue(job)}
          locale={locale}
        />
      ))}
      {failure && (
        <div className="flex flex-wrap items-start gap-3 rounded-xl border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-950" data-testid="segment-error">
          <div className="min-w-0 flex-1">
            <p className="font-semibold">
              {failure.status === "canceled"
                ? t("scripts.job.canceled", { kind: jobKindLabel(t, failure.kind) })
                : t("scripts.job.failed", { kind: jobKindLabel(t, failure.kind) })}
            </p>
            {failure.status !== "canceled" && <p>{describeJobError(t, failure.error)}</p>}
          </div>
          <div className="flex shrink-0 gap-2">
            {onRetry && (
              <Button variant="secondary" size="sm" onClick={onRetry} aria-label={t("scripts.job.retryNamed", { number: segmentNumber })}>
                {t("common.retry")}
              </Button>
            )}
            <Button variant="ghost" size="sm" onClick={() => onDismiss(failure.id)} aria-label={t("scripts.job.dismissNamed", { number: segmentNumber })}>
              {t("scripts.job.dismiss")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
