"use client";

import { useState, type ReactNode } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { PrintCheckItemId } from "@/lib/shared/print-check";
import type { ImageView } from "@/lib/shared/views";
import { PageFrame } from "./page-frame";
import { AGE_KEYS, describePrintCheck } from "./print-check-lines";
import { PrintCheckOverlay } from "./print-check-overlay";

export interface CheckedPageProps {
  image: ImageView;
  frameClassName?: string;
  /** The side column, above the check (the page's actions). */
  before?: ReactNode;
  /** The side column, below the check (edits, details). */
  after?: ReactNode;
}

/**
 * A page beside its print check: each check in words, and, while a check that did not pass is
 * pointed at or focused (or pressed, on touch screens), where it failed ringed on the page.
 */
export function CheckedPage({ image, frameClassName, before, after }: CheckedPageProps) {
  const t = useT();
  const locale = useLocale();
  const [hovered, setHovered] = useState<PrintCheckItemId | null>(null);
  const [pinned, setPinned] = useState<PrintCheckItemId | null>(null);
  const check = image.printCheck;
  const lines = check ? describePrintCheck(check, t, locale) : [];
  const active = lines.find((line) => line.id === (hovered ?? pinned));
  const failed = lines.filter((line) => !line.pass).length;
  const isPage = typeof (image.options as { paper?: unknown } | null)?.paper === "string";

  return (
    <div className="grid grid-cols-1 items-start gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="relative">
        <PageFrame image={image} alt={image.title} className={frameClassName} />
        {check && active && (
          <div className={cn("pointer-events-none absolute inset-x-0 top-0 mx-auto w-full", frameClassName)} style={{ aspectRatio: `${check.page.width} / ${check.page.height}` }}>
            <PrintCheckOverlay width={check.page.width} height={check.page.height} boxes={active.locations} />
          </div>
        )}
      </div>
      <div className="flex flex-col gap-6">
        {before}
        {(check || isPage) && (
          <Card as="section" aria-labelledby="print-check-heading" className="no-print">
            <CardTitle id="print-check-heading" className="mb-2">
              {t("printCheck.heading")}
            </CardTitle>
            {!check ? (
              <p className="text-sm text-ink-muted">{t("printCheck.notChecked")}</p>
            ) : (
              <>
                <p className={cn("text-sm font-semibold", check.pass ? "text-emerald-800" : "text-amber-900")}>
                  {check.pass ? t("printCheck.passed") : t("printCheck.failed", { count: failed })}
                </p>
                <p className="mt-1 text-sm text-ink-muted">{t("printCheck.ageGroup", { age: t(AGE_KEYS[check.ageGroup]) })}</p>
                <ul className="mt-3 flex flex-col gap-1.5 text-sm" aria-label={t("printCheck.heading")}>
                  {lines.map((line) => (
                    <li key={line.id} className="flex items-start gap-2">
                      <span aria-hidden="true" className={cn("mt-0.5 font-bold", line.pass ? "text-emerald-700" : "text-red-700")}>
                        {line.pass ? "✓" : "!"}
                      </span>
                      <span className="sr-only">{line.pass ? t("printCheck.passLabel") : t("printCheck.failLabel")}: </span>
                      {line.pass || line.locations.length === 0 ? (
                        <span>{line.text}</span>
                      ) : (
                        <button
                          type="button"
                          aria-pressed={pinned === line.id}
                          className="rounded text-left underline decoration-dotted underline-offset-4 hover:text-red-800 focus-visible:outline-2 focus-visible:outline-accent-600"
                          onMouseEnter={() => setHovered(line.id)}
                          onMouseLeave={() => setHovered(null)}
                          onFocus={() => setHovered(line.id)}
                          onBlur={() => setHovered(null)}
                          onClick={() => setPinned((current) => (current === line.id ? null : line.id))}
                        >
                          {line.text}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
                {failed > 0 && <p className="mt-3 text-xs text-ink-muted">{t("printCheck.highlightHint")}</p>}
              </>
            )}
          </Card>
        )}
        {after}
      </div>
    </div>
  );
}
