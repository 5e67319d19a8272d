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
  /** Shown under the editor (the timeline's save bar). */
  footer?: ReactNode;
}

/**
 * The selected frame's editor: a panel beside the grid on wide screens, a sheet over the bottom
 * of the screen otherwise. It is not modal (the grid stays usable); Escape closes it and gives focus back.
 */
export function Inspector({ number, focusOnOpen, onClose, children, footer }: InspectorProps) {
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
      className="fixed inset-x-0 bottom-0 z-30 flex max-h-[75dvh] flex-col rounded-t-2xl border border-line-strong bg-paper shadow-2xl xl:sticky xl:inset-auto xl:top-4 xl:z-auto xl:max-h-[calc(100dvh-2rem)] xl:rounded-2xl xl:shadow-md"
    >
      <div className="flex items-center justify-between gap-3 border-b border-line px-4 py-3">
        <h2 id={headingId} className="text-lg font-bold text-ink">
          {t("scripts.storyboard.inspectorTitle", { number })}
        </h2>
        <Button ref={closeRef} variant="secondary" size="sm" onClick={onClose}>
          {t("scripts.storyboard.closeInspector")}
        </Button>
      </div>
      <div className="flex min-h-0 flex-col gap-3 overflow-y-auto p-3">
        <ol start={number}>{children}</ol>
        {footer}
      </div>
    </aside>
  );
}
