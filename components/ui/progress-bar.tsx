import { useId } from "react";
import { cn } from "./cn";

export interface ProgressBarProps {
  /** Visible label, also the bar's accessible name. */
  label: string;
  /** Progress between 0 and `max`; `null` or omitted means indeterminate (no `aria-valuenow`). */
  value?: number | null;
  max?: number;
  /** Human wording of the value, e.g. "3 of 8 pages"; shown and announced instead of the percentage. */
  valueText?: string;
  showValue?: boolean;
  /** Locale for the default percentage text (`"fr"` gives "40 %"). */
  locale?: string;
  tone?: "accent" | "success" | "danger";
  className?: string;
}

const TONES = {
  accent: "bg-accent-700",
  success: "bg-emerald-600",
  danger: "bg-red-700",
} as const;

export function ProgressBar({
  label,
  value,
  max = 100,
  valueText,
  showValue = true,
  locale = "en",
  tone = "accent",
  className,
}: ProgressBarProps) {
  const labelId = `progress-${useId()}`;
  const determinate = typeof value === "number" && Number.isFinite(value) && max > 0;
  const current = determinate ? Math.min(Math.max(value, 0), max) : 0;
  const ratio = determinate ? current / max : 0;
  const shownValue =
    valueText ?? (determinate ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio) : undefined);

  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span id={labelId} className="font-medium text-ink">
          {label}
        </span>
        {showValue && shownValue && (
          <span aria-hidden="true" className="text-ink-muted tabular-nums">
            {shownValue}
          </span>
        )}
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={determinate ? current : undefined}
        aria-valuetext={determinate ? shownValue : valueText}
        className="relative h-2.5 w-full overflow-hidden rounded-full bg-accent-100"
      >
        {determinate ? (
          <div
            className={cn("h-full rounded-full transition-[width] duration-300 ease-out", TONES[tone])}
            style={{ width: `${ratio * 100}%` }}
          />
        ) : (
          <div className={cn("absolute inset-y-0 left-0 w-2/5 animate-indeterminate rounded-full", TONES[tone])} />
        )}
      </div>
    </div>
  );
}
