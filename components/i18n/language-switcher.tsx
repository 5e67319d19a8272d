"use client";

import { useRouter } from "next/navigation";
import { useId, useTransition, type ChangeEvent } from "react";
import { cn } from "@/components/ui/cn";
import { LOCALES, LOCALE_COOKIE, LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import { useLocale, useT } from "./i18n-provider";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export interface LanguageSwitcherProps {
  className?: string;
  /** Hide the "Language" label visually (it stays available to screen readers). */
  compact?: boolean;
}

/** A labelled native `<select>`: stores the choice in a cookie and re-renders the server tree. */
export function LanguageSwitcher({ className, compact = false }: LanguageSwitcherProps) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();

  function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    if (!isLocale(next) || next === locale) return;
    document.cookie = `${LOCALE_COOKIE}=${next}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
    startTransition(() => router.refresh());
  }

  return (
    <div className={cn("flex items-center gap-2", className)}>
      <label htmlFor={id} className={cn("text-sm font-medium text-ink-muted", compact && "sr-only")}>
        {t("language.label")}
      </label>
      <div className="relative">
        <select
          id={id}
          value={locale}
          onChange={handleChange}
          aria-busy={pending || undefined}
          className={cn(
            "h-9 appearance-none rounded-lg border border-line-strong bg-surface py-1 pr-8 pl-3 text-sm text-ink",
            "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600",
            pending && "opacity-70",
          )}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </select>
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-ink-muted"
        >
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
      {/* The live region exists before it is filled, so screen readers announce the change. */}
      <span role="status" className="sr-only">
        {pending ? t("language.changing") : ""}
      </span>
    </div>
  );
}
