"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { ImageFileActions } from "@/components/library/image-file-actions";
import { PageFrame } from "@/components/library/page-frame";
import { ButtonLink } from "@/components/ui/button-link";
import type { ImageView, JobView } from "@/lib/shared/views";
import type { PhotoMode } from "./types";
import { formatUsdAmount } from "@/lib/shared/money";

export interface PhotoResultProps {
  mode: PhotoMode;
  image: ImageView;
  job: JobView;
}

/** One finished page: the sheet, what it cost (Trace is always free), and what to do with it. */
export function PhotoResult({ mode, image, job }: PhotoResultProps) {
  const t = useT();
  const locale = useLocale();
  const costUsd = job.costUsd || image.costUsd;
  const cost =
    mode === "trace" || image.engine === "offline"
      ? t("common.free")
      : job.cached
        ? t("photos.results.cached")
        : costUsd === 0
          ? t("common.free")
          : formatUsdAmount(costUsd, locale);
  const modeName = mode === "trace" ? t("photos.mode.traceName") : t("photos.mode.redrawName");

  return (
    <div className="flex flex-col gap-4">
      <PageFrame image={image} alt={mode === "trace" ? t("photos.results.traceAlt") : t("photos.results.redrawAlt")} />

      <dl className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <dt className="font-semibold text-ink">{t("common.cost")}</dt>
        <dd className="text-ink-muted" data-testid={`result-cost-${mode}`}>
          {cost}
        </dd>
      </dl>

      <div role="group" aria-label={t("photos.results.actions", { mode: modeName })} className="flex flex-wrap gap-2">
        <ImageFileActions image={image} />
        <ButtonLink href={`/images/${image.id}`} variant="ghost" size="sm">
          {t("photos.results.openInLibrary")}
        </ButtonLink>
      </div>
    </div>
  );
}
