import type { Translator } from "@/lib/i18n/types";
import { isFinishedStatus } from "@/lib/shared/jobs";
import type { JobView } from "@/lib/shared/views";

export function isJobFinished(job: Pick<JobView, "status"> | null | undefined): boolean {
  return Boolean(job && isFinishedStatus(job.status));
}

/** The job's stage in words, for the progress bar's label (also its accessible name). */
export function jobStageLabel(t: Translator, job: Pick<JobView, "status" | "stage"> | null): string {
  if (!job) return t("job.queued");
  switch (job.status) {
    case "succeeded":
      return t("job.succeeded");
    case "failed":
      return t("job.failed");
    case "canceled":
      return t("job.canceled");
    case "queued":
      return job.stage === "rate_limited" ? t("job.rateLimited") : t("job.queued");
  }
  switch (job.stage) {
    case "starting":
      return t("job.starting");
    case "describing":
      return t("job.describing");
    case "drawing":
      return t("job.drawing");
    case "printing":
      return t("job.printing");
    case "tracing":
      return t("job.tracing");
    case "checking":
      return t("job.checking");
    case "rate_limited":
      return t("job.rateLimited");
    default:
      return t("job.working");
  }
}

/** The bar's value: none (indeterminate) while waiting, the job's own progress once it runs. */
export function jobProgressValue(job: Pick<JobView, "status" | "progress"> | null): number | null {
  if (!job || job.status === "queued") return null;
  if (job.status === "succeeded") return 100;
  return Math.min(Math.max(job.progress, 0), 100);
}
