"use client";

import Link from "next/link";
import { useT } from "@/components/i18n/i18n-provider";

const LINK = "rounded font-medium text-ink-muted underline-offset-4 hover:text-ink hover:underline";

export function AppFooter() {
  const t = useT();
  return (
    <footer className="no-print mt-auto border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm sm:flex-row sm:items-center sm:justify-between sm:px-6 lg:px-8">
        <p className="text-ink-muted">
          <span className="font-bold text-ink">{t("app.name")}</span> · {t("footer.madeFor")}
        </p>
        <nav aria-label={t("footer.label")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li>
              <Link href="/about" className={LINK}>
                {t("nav.about")}
              </Link>
            </li>
            <li>
              <Link href="/about#credits" className={LINK}>
                {t("footer.credits")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
