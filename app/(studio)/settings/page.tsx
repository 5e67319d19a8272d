import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ApiTokens } from "@/components/settings/api-tokens";
import { SettingsForm } from "@/components/settings/settings-form";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { getMonthlySpend } from "@/lib/billing/budget";
import { listUserApiTokens } from "@/lib/auth/api-tokens";
import { getT } from "../../i18n";
import { requireUser } from "../../_lib/session";
import { saveSettingsAction } from "./actions";
import { microToUsd } from "@/lib/shared/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.title") };
}

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [t, tokens, spend] = await Promise.all([getT(), listUserApiTokens({ userId: user.id }), getMonthlySpend({ userId: user.id })]);
  return (
    <>
      <PageHeader title={t("settings.title")} />
      <div className="space-y-10">
        <section aria-labelledby="profile" className="space-y-4">
          <h2 id="profile" className="text-xl font-semibold">
            {t("settings.profile")}
          </h2>
          <SettingsForm name={user.name ?? ""} monthlyBudgetUsd={microToUsd(spend.budgetMicroUsd)} action={saveSettingsAction} />
          <LanguageSwitcher />
        </section>
        <section aria-labelledby="tokens" className="space-y-3">
          <h2 id="tokens" className="text-xl font-semibold">
            {t("settings.tokensTitle")}
          </h2>
          <p className="max-w-2xl text-ink-muted">{t("settings.tokensText")}</p>
          <ApiTokens
            tokens={tokens.map((token) => ({
              id: token.id,
              name: token.name,
              prefix: token.prefix,
              lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
              createdAt: token.createdAt.toISOString(),
            }))}
          />
        </section>
      </div>
    </>
  );
}
