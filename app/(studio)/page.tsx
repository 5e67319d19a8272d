import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { Emoji } from "@/components/ui/emoji";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { getMonthlySpend } from "@/lib/billing/budget";
import { availableEngines } from "@/lib/images/engine-choice";
import { getLocale, getT } from "../i18n";
import { requireUser } from "../_lib/session";
import { formatUsd } from "@/lib/shared/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("home.title") };
}

const SECTIONS = [
  { href: "/coloring", title: "home.coloringTitle", text: "home.coloringText", emoji: "🖍️" },
  { href: "/photos", title: "home.photosTitle", text: "home.photosText", emoji: "📷" },
  { href: "/scripts", title: "home.scriptsTitle", text: "home.scriptsText", emoji: "🎬" },
  { href: "/library", title: "home.libraryTitle", text: "home.libraryText", emoji: "📚" },
] as const;

export default async function StudioHome() {
  const user = await requireUser("/");
  const [t, locale, spend] = await Promise.all([getT(), getLocale(), getMonthlySpend({ userId: user.id })]);
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
