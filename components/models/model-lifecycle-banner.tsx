"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/lib/i18n/format";
import type { ModelLifecycleStatus } from "@/lib/shared/models";

/**
 * For operators (the Admin page): image models this server uses that OpenAI has retired, and
 * announced shutdowns, from `getModelLifecycleStatus()`. Renders nothing when all is well.
 */
export function ModelLifecycleBanner({ status }: { status: ModelLifecycleStatus }) {
  const t = useT();
  const locale = useLocale();
  const date = (day: string): string => formatDate(locale, `${day}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" });
  const lines: string[] = [];
  for (const item of status.substitutions) {
    if (!item.inUse) continue;
    lines.push(item.replacement ? t("models.banner.replaced", { model: item.model, replacement: item.replacement }) : t("models.banner.gone", { model: item.model }));
  }
  for (const item of status.announced) {
    if (!item.inUse) continue;
    lines.push(
      item.successor
        ? t("models.banner.announced", { model: item.model, date: date(item.shutdownDate), successor: item.successor })
        : t("models.banner.announcedNoSuccessor", { model: item.model, date: date(item.shutdownDate) }),
    );
  }
  if (status.error) lines.push(t("models.banner.readFailed", { error: status.error }));
  if (lines.length === 0) return null;
  return (
    <Alert tone="warning" title={t("models.banner.title")}>
      <ul className="list-disc pl-5">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {status.source === "table" && <p className="mt-1 text-ink-muted">{t("models.banner.fromTable")}</p>}
    </Alert>
  );
}
