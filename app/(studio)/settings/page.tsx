import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ApiTokens } from "@/components/settings/api-tokens";
import { PasswordForm } from "@/components/settings/password-form";
import { SessionsForm } from "@/components/settings/sessions-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { listTokens } from "@/lib/auth/api-tokens";
import { getMonthlySpend } from "@/lib/billing/budget";
import { formatUsd, microToUsd } from "@/lib/shared/money";
import { getLocale, getT } from "../../i18n";
import { requireUser } from "../../_lib/session";
import { changePasswordAction, saveSettingsAction, signOutOthersAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("settings.title") };
}

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [t, locale, tokens, spend] = await Promise.all([getT(), getLocale(), listTokens({ userId: user.id }), getMonthlySpend({ userId: user.id })]);
  return (
    <>
      <PageHeader title={t("settings.title")} />
      <div className="space-y-10">
        <section aria-labelledby="profile" className="space-y-4">
          <h2 id="profile" className="text-xl font-semibold">
            {t("settings.profile")}
          </h2>
          <SettingsForm
            name={user.name ?? ""}
            monthlyBudgetUsd={microToUsd(spend.budgetMicroUsd)}
            maxBudgetUsd={microToUsd(spend.capMicroUsd)}
            budgetHint={t("account.budgetHint", { max: formatUsd(spend.capMicroUsd, locale) })}
            action={saveSettingsAction}
          />
          <LanguageSwitcher />
        </section>
        <section aria-labelledby="security" className="space-y-4">
          <h2 id="security" className="text-xl font-semibold">
            {t("account.securityTitle")}
          </h2>
          <PasswordForm action={changePasswordAction} />
          <SessionsForm action={signOutOthersAction} />
        </section>
        <section aria-labelledby="tokens" className="space-y-3">
          <h2 id="tokens" className="text-xl font-semibold">
            {t("settings.tokensTitle")}
          </h2>
          <p className="max-w-2xl text-ink-muted">{t("settings.tokensText")}</p>
          <p>
            <a className="text-accent-700 underline underline-offset-4" href="/docs/api">
              {t("apiDocs.settingsLink")}
            </a>
          </p>
          <ApiTokens
            tokens={tokens.map((token) => ({
              id: token.id,
              name: token.name,
              prefix: token.prefix,
              scope: token.scope,
              expiresAt: token.expiresAt?.toISOString() ?? null,
              lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
              createdAt: token.createdAt.toISOString(),
            }))}
          />
        </section>
      </div>
    </>
  );
}
