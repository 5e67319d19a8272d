import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { InkwellLogo } from "@/components/layout/ink-drop-logo";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";

/** The frame of the sign-in and sign-up pages: a centred card on paper. */
export function AuthPage({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <main id="main-content" className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <InkwellLogo className="text-2xl" />
      <Card className="w-full max-w-md" padding="lg">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="mt-1 mb-6 text-ink-muted">{subtitle}</p>
        {children}
      </Card>
      <LanguageSwitcher />
    </main>
  );
}
