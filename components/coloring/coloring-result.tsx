"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { PageFrame } from "@/components/library/page-frame";
import { ImageFileActions } from "@/components/library/image-file-actions";
import type { ColoringOutcome } from "./types";
import { formatUsdAmount } from "@/lib/shared/money";

export interface ColoringResultProps {
  outcome: ColoringOutcome;
  /** A new request is on its way (Shuffle / Regenerate). */
  busy: boolean;
  onShuffle: () => void;
  onRegenerate: () => void;
}

/** The finished page on its sheet of paper, what it cost, and what to do with it. */
export function ColoringResult({ outcome, busy, onShuffle, onRegenerate }: ColoringResultProps) {
  const t = useT();
  const locale = useLocale();
  const { image, job, request } = outcome;
  const costUsd = job.costUsd || image.costUsd;
  const cost = job.cached
    ? t("coloring.cached")
    : image.engine === "offline" || costUsd === 0
      ? t("common.free")
      : formatUsdAmount(costUsd, locale);

  return (
    <div className="flex flex-col gap-5">
      <PageFrame image={image} alt={image.title} />

      <dl className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <dt className="font-semibold text-ink">{t("common.cost")}</dt>
        <dd className="text-ink-muted" data-testid="result-cost">
          {cost}
        </dd>
      </dl>

      <div role="group" aria-label={t("coloring.actions")} className="flex flex-wrap gap-2">
        <ImageFileActions image={image} />
        <ButtonLink href={`/images/${image.id}`} variant="ghost" size="sm">
          {t("coloring.openInLibrary")}
        </ButtonLink>
      </div>

      <div className="flex flex-wrap items-center gap-2 border-t border-line pt-4">
        {request.engine === "offline" && (
          <Button variant="secondary" size="sm" onClick={onShuffle} loading={busy} title={t("coloring.shuffleHint")}>
            {t("coloring.shuffle")}
          </Button>
        )}
        <Button variant="secondary" size="sm" onClick={onRegenerate} loading={busy}>
          {t("coloring.regenerate")}
        </Button>
      </div>
    </div>
  );
}
