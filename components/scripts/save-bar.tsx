"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface SaveBarProps {
  /** The last refusal, already in words ("Segment 3: …"). */
  error: string | null;
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
}

/** Stays at the bottom of the screen while the timeline has unsaved edits or a refusal to show. */
export function SaveBar({ error, dirty, saving, onSave, onDiscard }: SaveBarProps) {
  const t = useT();
  return (
    <div className="sticky bottom-4 z-10 flex flex-col gap-3 rounded-2xl border border-line-strong bg-surface p-4 shadow-lg">
      {error && <Alert tone="error">{error}</Alert>}
      {dirty && (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm font-semibold text-ink">{t("scripts.timeline.unsaved")}</p>
          <div className="flex gap-2">
            <Button variant="secondary" size="sm" onClick={onDiscard} disabled={saving}>
              {t("scripts.timeline.discard")}
            </Button>
            <Button size="sm" onClick={onSave} loading={saving} loadingText={t("scripts.timeline.saving")}>
              {t("scripts.timeline.save")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
