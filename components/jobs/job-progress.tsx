"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { JobView } from "@/lib/shared/views";
import { describeError } from "./job-error";
import { isJobFinished, jobProgressValue, jobStageLabel } from "./job-stage";
import { useFollow } from "./use-follow";

export interface JobProgressProps {
  jobId: string;
  /** The job as the start request answered it, so the bar shows at once. */
  initialJob?: JobView | null;
  /** Called once when the job succeeds. */
  onDone?: (job: JobView) => void;
  /** Called once when the job ends another way (failed or canceled), or can no longer be followed. */
  onStopped?: () => void;
  /** Shown as "Try again" after a failure or a cancel. */
  onRetry?: () => void;
  className?: string;
}

/** Follows a job live: stage and progress, the partial preview, Cancel, and the outcome. */
export function JobProgress({ jobId, initialJob, onDone, onStopped, onRetry, className }: JobProgressProps) {
  const t = useT();
  const locale = useLocale();
  const follow = useFollow({ jobIds: [jobId], batchIds: [], known: initialJob ? { jobs: [initialJob] } : undefined });
  const job = follow.jobs[jobId] ?? initialJob ?? null;
  const lost = follow.lost.has(jobId);
  const lostError = useMemo(() => (lost ? (follow.lostError ?? new ApiError(404, "not_found:job", "")) : null), [lost, follow.lostError]);
  const [canceling, setCanceling] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const callbacks = useRef({ onDone, onStopped });
  const reported = useRef(false);

  useEffect(() => {
    callbacks.current = { onDone, onStopped };
  }, [onDone, onStopped]);

  useEffect(() => {
    if (reported.current) return;
    if (job?.status === "succeeded") {
      reported.current = true;
      callbacks.current.onDone?.(job);
    } else if (lostError || job?.status === "failed" || job?.status === "canceled") {
      reported.current = true;
      callbacks.current.onStopped?.();
    }
  }, [job, lostError]);

  async function cancel() {
    setCanceling(true);
    setCancelError(null);
    try {
      follow.putJob(await fetchJson<JobView>(`/api/jobs/${encodeURIComponent(jobId)}/cancel`, { method: "POST" }));
    } catch (error) {
      const info = error instanceof ApiError ? { code: error.code, message: error.message } : { code: "", message: "" };
      setCancelError(describeError(t, info));
    } finally {
      setCanceling(false);
    }
  }

  const label = jobStageLabel(t, job);
  const finished = isJobFinished(job);
  const retry = onRetry ? (
    <Button variant="secondary" size="sm" onClick={onRetry}>
      {t("common.retry")}
    </Button>
  ) : undefined;

  return (
    <div className={cn("flex flex-col gap-4", className)}>
      {job?.status !== "failed" && job?.status !== "canceled" && !lostError && (
        // The stage label changes a few times per job: announce it politely, not each percent.
        <div aria-live="polite">
          <ProgressBar
            label={label}
            value={jobProgressValue(job)}
            locale={locale}
            tone={job?.status === "succeeded" ? "success" : "accent"}
          />
        </div>
      )}

      {job?.modelSwitchedFrom && (
        <Alert tone="info">{t("job.modelSwitched", { from: job.modelSwitchedFrom, model: job.model })}</Alert>
      )}

      {!finished && job?.previewUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- a live preview from our own API, not a static asset
        <img
          src={`${job.previewUrl}?v=${job.progress}`}
          alt={t("job.preview")}
          className="mx-auto max-h-96 w-auto rounded-xl border border-line bg-white object-contain shadow-sm"
        />
      )}

      {!finished && !lostError && (
        <div className="flex justify-end">
          <Button variant="secondary" size="sm" onClick={cancel} loading={canceling}>
            {t("job.cancel")}
          </Button>
        </div>
      )}

      {cancelError && !finished && <Alert tone="error">{cancelError}</Alert>}

      {job?.status === "failed" && (
        <Alert tone="error" title={t("job.failed")} action={retry}>
          {describeError(t, job.error ?? { code: "", message: "" })}
        </Alert>
      )}

      {job?.status === "canceled" && (
        <Alert tone="info" title={t("job.canceled")} action={retry}>
          {t("job.canceledMessage")}
        </Alert>
      )}

      {lostError && !finished && (
        <Alert tone="error" title={t("job.failed")} action={retry}>
          {describeError(t, { code: lostError.code, message: lostError.message })}
        </Alert>
      )}
    </div>
  );
}
