"use client";

import { useId, useState, type ChangeEvent, type DragEvent } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button-styles";
import { cn } from "@/components/ui/cn";
import { formatFileSize, formatMegabytes } from "./photo-errors";
import { PHOTO_ACCEPT, type PhotoLimits } from "./types";
import type { ChosenPhoto } from "./use-photo-preview";

export interface PhotoPickerProps {
  photo: ChosenPhoto | null;
  /** A file was picked, dropped or taken with the camera. */
  onPick: (file: File) => void;
  limits: PhotoLimits;
  /** Why the last picked file was refused before upload. */
  error: string | null;
  disabled: boolean;
}

/**
 * Drag and drop (on screens with a mouse), the file picker and the phone camera. The drop zone is the label of a real
 * (visually hidden) file input named "Photo", so the keyboard and screen readers use the input.
 */
export function PhotoPicker({ photo, onPick, limits, error, disabled }: PhotoPickerProps) {
  const t = useT();
  const locale = useLocale();
  const baseId = useId();
  const inputId = `${baseId}-photo`;
  const cameraId = `${baseId}-camera`;
  const labelId = `${baseId}-label`;
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const [dragging, setDragging] = useState(false);
  const [brokenUrl, setBrokenUrl] = useState<string | null>(null);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared, so picking the same file again still counts as a change.
    event.target.value = "";
    if (file) onPick(file);
  }

  function handleDragOver(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? "none" : "copy";
    if (!disabled) setDragging(true);
  }

  function handleDragLeave(event: DragEvent<HTMLLabelElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  }

  function handleDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onPick(file);
  }

  const describedBy = [error ? errorId : null, hintId].filter(Boolean).join(" ");

  return (
    <div className="flex flex-col gap-4">
      <span id={labelId} className="text-sm font-semibold text-ink">
        {t("photos.upload.label")}
      </span>
      <input
        id={inputId}
        type="file"
        accept={PHOTO_ACCEPT}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        disabled={disabled}
        onChange={handleChange}
        className="peer sr-only"
      />
      <label
        htmlFor={inputId}
        onDragEnter={handleDragOver}
        onDragOver={handleDragOver}
        onDragLeave={handleDragLeave}
        onDrop={handleDrop}
        className={cn(
          "flex cursor-pointer flex-col items-center justify-center gap-3 rounded-2xl border-2 border-dashed px-4 py-8 text-center transition-colors",
          "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600",
          "peer-disabled:cursor-not-allowed peer-disabled:opacity-60",
          dragging ? "border-accent-700 bg-accent-50" : "border-line-strong bg-white/60 hover:bg-sunken",
          error && "border-red-700",
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-10 text-accent-700" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <circle cx="9" cy="10" r="1.8" />
          <path d="m21 16-5-5-8 8" />
        </svg>
        {/* A touch screen (pointer: coarse) cannot drag files: it is invited to take or choose one. */}
        <span className="text-base font-semibold text-ink pointer-coarse:hidden">{dragging ? t("photos.upload.dropping") : t("photos.upload.drop")}</span>
        <span className="text-sm text-ink-muted pointer-coarse:hidden">{t("photos.upload.or")}</span>
        <span className="hidden text-base font-semibold text-ink pointer-coarse:inline">{t("photos.upload.touch")}</span>
        <span className={buttonClassName({ variant: "primary", size: "md" })}>{t("photos.upload.choose")}</span>
      </label>

      <div className="flex flex-wrap items-center gap-3">
        <input id={cameraId} type="file" accept="image/*" capture="environment" disabled={disabled} onChange={handleChange} className="peer sr-only" />
        <label
          htmlFor={cameraId}
          className={buttonClassName({
            variant: "secondary",
            size: "md",
            className: "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-600 peer-disabled:cursor-not-allowed peer-disabled:opacity-60",
          })}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
            <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
            <circle cx="12" cy="13" r="3.5" />
          </svg>
          {t("photos.upload.camera")}
        </label>
        <p id={hintId} className="text-sm text-ink-muted">
          {t("photos.upload.hint", { size: formatMegabytes(locale, limits.maxBytes) })}
        </p>
      </div>

      {error && (
        <div id={errorId}>
          <Alert tone="error">{error}</Alert>
        </div>
      )}

      {photo && (
        <figure className="flex flex-col gap-2">
          {brokenUrl === photo.url ? (
            <p className="rounded-xl border border-line bg-sunken px-4 py-6 text-center text-sm text-ink-muted">{t("photos.upload.noPreview")}</p>
          ) : (
            // eslint-disable-next-line @next/next/no-img-element -- a local object URL of the chosen file
            <img
              src={photo.url}
              alt={t("photos.upload.previewAlt")}
              onError={() => setBrokenUrl(photo.url)}
              className="mx-auto max-h-80 w-auto max-w-full rounded-xl border border-line bg-white object-contain shadow-sm"
            />
          )}
          <figcaption className="text-center text-sm break-all text-ink-muted">
            {t("photos.upload.chosen", { name: photo.file.name, size: formatFileSize(locale, photo.file.size) })}
          </figcaption>
        </figure>
      )}
    </div>
  );
}
