"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Spinner } from "@/components/ui/spinner";
import type { ColoringOptions } from "./types";
import { useEstimate } from "./use-estimate";
import { formatUsdAmount } from "@/lib/shared/money";

/**
 * "Free" offline; the estimated price for OpenAI (for the chosen model: "up to" one corrective
 * edit for a raster page, the SVG author's share named for a vector page), asked again when the
 * options change.
 */
export function CostEstimate({ options }: { options: ColoringOptions }) {
  const t = useT();
  const locale = useLocale();
  const estimate = useEstimate(options);

  let text: string;
  if (estimate.status === "free") text = t("common.free");
  else if (estimate.status === "ready" && estimate.svgUsd > 0) {
    text = t("coloring.estimatedVector", { amount: formatUsdAmount(estimate.costUsd, locale), svg: formatUsdAmount(estimate.svgUsd, locale) });
  } else if (estimate.status === "ready") text = t("coloring.estimateUpTo", { amount: formatUsdAmount(estimate.costUsd, locale) });
  else if (estimate.status === "error") text = t("coloring.estimateFailed");
  else text = t("coloring.estimating");

  return (
    <p className="flex items-center gap-2 text-sm font-medium text-ink-muted" data-testid="cost-estimate">
      {estimate.status === "loading" && <Spinner size="sm" />}
      <span>
        {text}
      </span>
    </p>
  );
}
