"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

export interface InspectorProps {
  number: number;
  /** Move focus into the panel when it opens (opened from the keyboard). */
  focusOnOpen: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The selected frame's editor beside the grid: a side panel on wide screens, a bottom sheet on
 * phones. It is not modal (the grid stays usable); Escape closes it and gives focus back.
 */
export function Inspector({ number, focusOnOpen, onClose, children }: InspectorProps) {
  const t = useT();
  const headingId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusOnOpen) closeRef.current?.focus();
  }, [focusOnOpen, number]);

  return (
    <aside
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        }
      }}
      className="fixed inset-x-0 bottom-0 z-30 flex max-h-[85dvh] flex-col rounded-t-2xl border border-line-strong bg-paper shadow-2xl lg:inset-y-0 lg:left-auto lg:right-0 lg:max-h-none lg:w-[36rem] lg:rounded-none lg:border-y-0 lg:border-r-0"
    >
      <div className="flex items-center justify-between gap-3 border-b border-line px-4 py-3">
        <h2 id={headingId} className="text-lg font-bold text-ink">
          {t("scripts.storyboard.inspectorTitle", { number })}
        </h2>
        <Button ref={closeRef} variant="secondary" size="sm" onClick={onClose}>
          {t("scripts.storyboard.closeInspector")}
        </Button>
      </div>
      <ol start={number} className="overflow-y-auto p-3">
        {children}
      </ol>
    </aside>
  );
}
