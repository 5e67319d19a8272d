"use client";

import Link from "next/link";
import { useItems } from "@/components/api/use-items";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { formatDate } from "@/lib/i18n/format";
import { aspectLabel, styleLabel } from "./labels";
import type { ScriptListItem } from "./types";


/** The user's scripts, most recently changed first, each a link to its studio. */
export function ScriptList() {
  const t = useT();
  const locale = useLocale();
  const { state, retry } = useItems<ScriptListItem>("/api/scripts");

  return (
    <section aria-labelledby="script-list-heading" className="flex flex-col gap-4">
      <h2 id="script-list-heading" className="text-lg font-bold tracking-tight text-ink">
        {t("scripts.list.heading")}
      </h2>
      {state.status === "loading" && <Spinner label={t("scripts.list.loading")} className="py-6" />}
      {state.status === "error" && (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" size="sm" onClick={retry}>
              {t("common.retry")}
            </Button>
          }
        >
          {t("scripts.list.loadFailed")}
        </Alert>
      )}
      {state.status === "ready" && state.items.length === 0 && (
        <EmptyState headingLevel="h3" title={t("scripts.list.emptyTitle")} description={t("scripts.list.emptyDescription")} />
      )}
      {state.status === "ready" && state.items.length > 0 && (
        <ul className="flex flex-col gap-3">
          {state.items.map((script) => (
            <li key={script.id} className="relative flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4 shadow-sm focus-within:ring-2 focus-within:ring-accent-600 hover:shadow-md">
              <h3 className="text-base font-bold text-ink">
                <Link href={`/scripts/${script.id}`} className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none hover:text-accent-800">
                  {script.title}
                </Link>
              </h3>
              <p className="text-sm text-ink-muted">
                {t("scripts.list.segments", { count: script.segmentCount })}
                {" · "}
                {t("scripts.list.illustrated", { done: script.illustratedCount, total: script.segmentCount })}
              </p>
              <div className="flex flex-wrap items-center gap-1.5">
                <Badge tone="accent">{styleLabel(t, script.style)}</Badge>
                <Badge>{aspectLabel(t, script.aspect)}</Badge>
                <span className="text-xs text-ink-muted">
                  <time dateTime={script.updatedAt} suppressHydrationWarning>
                    {t("scripts.list.updated", { date: formatDate(locale, script.updatedAt) })}
                  </time>
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
