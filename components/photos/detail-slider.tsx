"use client";

import { useId } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { DETAIL_MAX, DETAIL_MIN } from "./types";

const VALUE_KEYS = [
  "photos.detail.value1",
  "photos.detail.value2",
  "photos.detail.value3",
  "photos.detail.value4",
  "photos.detail.value5",
] as const;

export interface DetailSliderProps {
  value: number;
  onChange: (value: number) => void;
  disabled?: boolean;
}

/** Trace's detail, 1 (fewer lines) to 5 (more lines): a native range with its value in words. */
export function DetailSlider({ value, onChange, disabled }: DetailSliderProps) {
  const t = useT();
  const id = `detail-${useId()}`;
  const endsId = `${id}-ends`;
  const valueText = t(VALUE_KEYS[Math.min(Math.max(value, DETAIL_MIN), DETAIL_MAX) - 1] ?? VALUE_KEYS[2]);

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-sm font-semibold text-ink">
          {t("photos.detail.label")}
        </label>
        <output htmlFor={id} className="text-sm font-medium text-ink tabular-nums">
          {valueText}
        </output>
      </div>
      <input
        id={id}
        type="range"
        name="detail"
        min={DETAIL_MIN}
        max={DETAIL_MAX}
        step={1}
        value={value}
        disabled={disabled}
        aria-valuetext={valueText}
        aria-describedby={endsId}
        onChange={(event) => onChange(Number(event.target.value))}
        className="h-11 w-full cursor-pointer accent-accent-700 disabled:cursor-not-allowed"
      />
      <p id={endsId} className="flex justify-between gap-3 text-sm text-ink-muted">
        <span>{t("photos.detail.fewer")}</span>
        <span>{t("photos.detail.more")}</span>
      </p>
    </div>
  );
}
