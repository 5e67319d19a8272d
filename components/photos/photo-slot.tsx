"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { JobProgress } from "@/components/jobs/job-progress";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Spinner } from "@/components/ui/spinner";
import type { JobView } from "@/lib/shared/views";
import { PhotoResult } from "./photo-result";
import type { PhotoMode, PhotoRun } from "./types";

/** The offer to make the same page with the other mode, shown in that mode's empty column. */
export interface CompareOffer {
  /** Another page is on its way: the button waits. */
  busy: boolean;
  error: string | null;
}

export interface PhotoSlotProps {
  mode: PhotoMode;
  run: PhotoRun | undefined;
  compare: CompareOffer | null;
  /** "Try the other mode": the same photo and options in this column's mode. */
  onTry: () => void;
  onJobDone: (job: JobView) => void;
  onJobStopped: () => void;
  onRetry: () => void;
}

/** One column of the results (Trace | Redraw): its upload, its job, its page, or the offer to try it. */
export function PhotoSlot({ mode, run, compare, onTry, onJobDone, onJobStopped, onRetry }: PhotoSlotProps) {
  const t = useT();
  const locale = useLocale();
  const headingId = `photo-result-${mode}`;
  const name = mode === "trace" ? t("photos.mode.traceName") : t("photos.mode.redrawName");

  return (
    <article aria-labelledby={headingId} className="flex min-w-0 flex-col gap-4">
      <h3 id={headingId} className="text-base font-bold text-ink">
        {name}
      </h3>

      {run?.kind === "uploading" && (
        <ProgressBar
          label={run.percent === null ? t("photos.checkingUpload") : t("photos.uploading")}
          value={run.percent}
          locale={locale}
        />
      )}
      {run?.kind === "running" && (
        <JobProgress key={run.job.id} jobId={run.job.id} initialJob={run.job} onDone={onJobDone} onStopped={onJobStopped} onRetry={onRetry} />
      )}
      {run?.kind === "loading" && <Spinner label={t("photos.results.loading")} className="self-center py-10" />}
      {run?.kind === "done" && <PhotoResult mode={mode} image={run.image} job={run.job} />}

      {!run && compare && (
        <div className="flex min-h-48 flex-col items-center justify-center gap-3 rounded-xl border-2 border-dashed border-line bg-white/60 p-6 text-center">
          <p className="text-sm text-ink-muted">{mode === "trace" ? t("photos.results.tryOtherTrace") : t("photos.results.tryOtherRedraw")}</p>
          <Button variant="secondary" onClick={onTry} loading={compare.busy}>
            {t("photos.results.tryOther")}
          </Button>
          {compare.error && <Alert tone="error" className="w-full text-left">{compare.error}</Alert>}
        </div>
      )}
    </article>
  );
}
