import { ButtonLink } from "@/components/ui/button-link";
import { Emoji } from "@/components/ui/emoji";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { getMonthlySpend } from "@/lib/billing/budget";
import { availableEngines } from "@/lib/images/engine-choice";
import type { Locale, Translator } from "@/lib/i18n";
import { formatUsd } from "@/lib/shared/money";
import type { SignedInUser } from "../_lib/session";

const SECTIONS = [
  { href: "/coloring", title: "home.coloringTitle", text: "home.coloringText", emoji: "🖍️" },
  { href: "/photos", title: "home.photosTitle", text: "home.photosText", emoji: "📷" },
  { href: "/scripts", title: "home.scriptsTitle", text: "home.scriptsText", emoji: "🎬" },
  { href: "/library", title: "home.libraryTitle", text: "home.libraryText", emoji: "📚" },
] as const;

/** What a signed-in user sees at `/`: the studio's sections and this month's spending. */
export async function StudioHome({ user, t, locale }: { user: SignedInUser; t: Translator; locale: Locale }) {
  const spend = await getMonthlySpend({ userId: user.id });
  const openai = availableEngines().includes("openai");
  return (
    <>
      <PageHeader title={t("home.greeting", { name: user.name ?? user.email ?? "" })} description={t("home.intro")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Card className="flex h-full flex-col gap-3">
              <Emoji emoji={section.emoji} className="size-10" />
              <CardTitle>{t(section.title)}</CardTitle>
              <CardDescription className="flex-1">{t(section.text)}</CardDescription>
              <div>
                <ButtonLink href={section.href} variant="primary" aria-label={`${t("home.start")}: ${t(section.title)}`}>
                  {t("home.start")}
                </ButtonLink>
              </div>
            </Card>
          </li>
        ))}
      </ul>
      <p className="mt-8 text-sm text-ink-muted">
        {openai ? t("home.engineOpenai") : t("home.engineOffline")}{" "}
        {t("home.spentThisMonth", { spent: formatUsd(spend.spentMicroUsd, locale), budget: formatUsd(spend.budgetMicroUsd, locale) })}
      </p>
    </>
  );
}
