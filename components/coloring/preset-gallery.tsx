"use client";

import { useId } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { cn } from "@/components/ui/cn";
import { Emoji } from "@/components/ui/emoji";
import { COLORING_PRESETS, presetTheme } from "@/lib/shared/coloring-presets";

export interface PresetGalleryProps {
  /** The theme now in the field, to mark the matching idea as chosen. */
  currentTheme: string;
  onPick: (theme: string) => void;
  disabled?: boolean;
}

/** Ready-made themes as buttons; each one fills the theme field in the interface language. */
export function PresetGallery({ currentTheme, onPick, disabled }: PresetGalleryProps) {
  const t = useT();
  const locale = useLocale();
  const headingId = useId();
  const hintId = useId();
  const current = currentTheme.trim();

  return (
    <section aria-labelledby={headingId} aria-describedby={hintId} className="flex flex-col gap-2">
      <h2 id={headingId} className="text-sm font-semibold text-ink">
        {t("coloring.presets")}
      </h2>
      <p id={hintId} className="text-sm text-ink-muted">
        {t("coloring.presetsHint")}
      </p>
      <ul className="grid max-h-80 grid-cols-1 gap-2 overflow-y-auto rounded-xl p-1 min-[420px]:grid-cols-2 sm:grid-cols-3 lg:grid-cols-2 xl:grid-cols-3">
        {COLORING_PRESETS.map((preset) => {
          const theme = presetTheme(preset, locale);
          const chosen = theme === current;
          return (
            <li key={preset.id} className="flex">
              <button
                type="button"
                disabled={disabled}
                aria-pressed={chosen}
                onClick={() => onPick(theme)}
                className={cn(
                  "flex w-full cursor-pointer items-start gap-2 rounded-xl border px-3 py-2 text-left text-sm leading-snug transition-colors",
                  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600",
                  "disabled:cursor-not-allowed disabled:opacity-60",
                  chosen
                    ? "border-accent-700 bg-accent-50 text-accent-900"
                    : "border-line bg-surface text-ink hover:border-accent-300 hover:bg-accent-50",
                )}
              >
                <Emoji emoji={preset.emoji} className="size-6" />
                <span>{theme}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
