"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { Card, CardTitle } from "@/components/ui/card";
import type { JobView } from "@/lib/shared/views";
import { DeletePhotoButton } from "./delete-photo-button";
import { PhotoSlot } from "./photo-slot";
import { PHOTO_MODES, type PhotoMode, type PhotoRun } from "./types";

export interface PhotoResultsProps {
  runs: Partial<Record<PhotoMode, PhotoRun>>;
  redrawAvailable: boolean;
  /** A page is on its way: "Try the other mode" and Delete wait. */
  busy: boolean;
  /** Why the last "Try the other mode" failed. */
  compareError: string | null;
  /** The uploaded photo, once the server has it. */
  photoId: string | null;
  onTry: (mode: PhotoMode) => void;
  onJobDone: (mode: PhotoMode, job: JobView) => void;
  onJobStopped: (mode: PhotoMode) => void;
  onRetry: (mode: PhotoMode) => void;
  onDeleted: () => void;
}

/** The pages side by side (Trace | Redraw), the offer to try the other mode, and Delete. */
export function PhotoResults({ runs, redrawAvailable, busy, compareError, photoId, onTry, onJobDone, onJobStopped, onRetry, onDeleted }: PhotoResultsProps) {
  const t = useT();
  const finished = PHOTO_MODES.some((mode) => runs[mode]?.kind === "done");
  const anyRun = PHOTO_MODES.some((mode) => runs[mode]);

  return (
    <Card as="section" aria-labelledby="photo-results-heading" className="flex flex-col gap-5">
      <CardTitle id="photo-results-heading">{t("photos.results.heading")}</CardTitle>
      {!anyRun ? (
        <div className="flex min-h-48 items-center justify-center rounded-xl border-2 border-dashed border-line bg-white/60 p-6 text-center text-ink-muted">
          {t("photos.results.placeholder")}
        </div>
      ) : (
        <div className={redrawAvailable ? "grid grid-cols-1 gap-8 md:grid-cols-2" : "grid grid-cols-1 gap-8"}>
          {PHOTO_MODES.map((mode) => {
            const run = runs[mode];
            // Redraw without OpenAI is not offered, not even as a comparison.
            const offered = mode === "trace" || redrawAvailable;
            const compare = !run && finished && offered ? { busy, error: compareError } : null;
            if (!run && !compare) return null;
            return (
              <PhotoSlot
                key={mode}
                mode={mode}
                run={run}
                compare={compare}
                onTry={() => onTry(mode)}
                onJobDone={(job) => onJobDone(mode, job)}
                onJobStopped={() => onJobStopped(mode)}
                onRetry={() => onRetry(mode)}
              />
            );
          })}
        </div>
      )}
      {photoId && (
        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-line pt-4">
          <DeletePhotoButton photoId={photoId} disabled={busy} onDeleted={onDeleted} />
        </div>
      )}
    </Card>
  );
}
