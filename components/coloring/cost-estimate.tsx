"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Spinner } from "@/components/ui/spinner";
import type { ColoringOptions } from "./types";
import { useEstimate } from "./use-estimate";
import { formatUsdAmount } from "@/lib/shared/money";

/**
 * "Free" offline; the estimated price for OpenAI, asked again when the options change. For a
 * model other than the server's default, the model list's typical price of a page is shown.
 */
export function CostEstimate({ options, typicalUsd }: { options: ColoringOptions; typicalUsd?: number }) {
  const t = useT();
  const locale = useLocale();
  const estimate = useEstimate(options);

  let text: string;
  if (estimate.status === "free") text = t("common.free");
  else if (typicalUsd !== undefined) text = t("common.estimatedCost", { amount: formatUsdAmount(typicalUsd, locale) });
  else if (estimate.status === "ready") text = t("coloring.estimateUpTo", { amount: formatUsdAmount(estimate.costUsd, locale) });
  else if (estimate.status === "error") text = t("coloring.estimateFailed");
  else text = t("coloring.estimating");

  return (
    <p className="flex items-center gap-2 text-sm font-medium text-ink-muted" data-testid="cost-estimate">
      {estimate.status === "loading" && typicalUsd === undefined && <Spinner size="sm" />}
      <span>
        {text}
      </span>
    </p>
  );
}
