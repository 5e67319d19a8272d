"use client";

import { useT } from "@/components/i18n/i18n-provider";
import type { TimingPreview } from "@/lib/shared/timing";

/** What applying the file would change: each segment's new time and how its clip was found. */
export function TimingPreviewList({ preview }: { preview: TimingPreview }) {
  const t = useT();
  const { changes, unmatched, ignored } = preview;
  return (
    <div className="flex flex-col gap-3" aria-live="polite">
      {changes.length === 0 ? (
        <p className="text-sm">{t("scripts.timing.none")}</p>
      ) : (
        <section aria-label={t("scripts.timing.changesHeading")} className="flex flex-col gap-2">
          <p className="text-sm font-semibold">{t("scripts.timing.changes", { count: changes.length })}</p>
          <ul className="flex max-h-64 flex-col gap-1.5 overflow-y-auto rounded-xl border border-line p-3 text-sm">
            {changes.map((change) => (
              <li key={change.segmentId} className="flex flex-col">
                <span className="font-medium tabular-nums">{t("scripts.timing.change", { number: change.number, from: change.from, to: change.to })}</span>
                <span className="truncate text-ink-muted" title={change.text}>
                  {change.text} · {t(`scripts.timing.by.${change.matchedBy}`)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {unmatched.length > 0 && <p className="text-sm text-ink-muted">{t("scripts.timing.unmatched", { count: unmatched.length })}</p>}
      {ignored.length > 0 && (
        <div className="text-sm text-ink-muted">
          <p>{t("scripts.timing.ignored")}</p>
          <ul className="list-disc pl-5">
            {ignored.map((item, index) => (
              <li key={`${item.clip}-${index}`}>{t("scripts.timing.ignoredClip", { clip: item.clip, start: item.start, reason: t(`scripts.timing.reasons.${item.reason}`) })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
