"use client";

import { Card, CardTitle } from "@/components/ui/card";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { formatUsd } from "@/lib/shared/money";
import type { InstallationSpend } from "@/lib/shared/views";

interface SpendSummaryProps {
  installation: InstallationSpend;
  defaultBudgetMicroUsd: number;
  signUpMode: "open" | "invite" | "closed";
}

/** This month's spend of the whole installation against GLOBAL_MONTHLY_BUDGET_USD. */
export function SpendSummary({ installation, defaultBudgetMicroUsd, signUpMode }: SpendSummaryProps) {
  const t = useT();
  const locale = useLocale();
  const usd = (micro: number) => formatUsd(micro, locale);
  return (
    <Card as="section" aria-labelledby="installation">
      <CardTitle id="installation">{t("admin.installationTitle")}</CardTitle>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-ink-muted">{t("admin.installationSpent")}</dt>
          <dd className="text-lg font-semibold" data-testid="installation-spend">
            {installation.capMicroUsd === null
              ? t("admin.spentNoCap", { spent: usd(installation.spentMicroUsd) })
              : t("admin.spentOfCap", { spent: usd(installation.spentMicroUsd), cap: usd(installation.capMicroUsd) })}
          </dd>
          <dd className="text-sm text-ink-muted">{t("admin.pending", { amount: usd(installation.pendingMicroUsd) })}</dd>
        </div>
        <div>
          <dt className="text-sm text-ink-muted">{t("admin.defaultBudget")}</dt>
          <dd className="text-lg font-semibold">{usd(defaultBudgetMicroUsd)}</dd>
          <dt className="mt-2 text-sm text-ink-muted">{t("admin.signUpMode")}</dt>
          <dd className="font-semibold">{t(`admin.mode.${signUpMode}`)}</dd>
        </div>
      </dl>
    </Card>
  );
}
