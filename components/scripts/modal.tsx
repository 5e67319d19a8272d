"use client";

import { useId, type ReactNode, type RefObject } from "react";
import { cn } from "@/components/ui/cn";
import { useModalDialog } from "@/components/ui/use-modal-dialog";

export interface ModalProps {
  open: boolean;
  title: string;
  /** Called for Escape, a click on the backdrop, or a close button; the parent then sets `open` to false. */
  onClose: () => void;
  /** Receives focus first; the first focusable element otherwise. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** While true, Escape and the backdrop do nothing (a request is on its way). */
  busy?: boolean;
  size?: "md" | "lg";
  children: ReactNode;
  /** The dialog's actions: kept in view under the body, which scrolls when the dialog is taller than the screen. */
  footer?: ReactNode;
}

/**
 * A modal on the native `<dialog>`: the browser traps focus and makes the page inert; we choose
 * the first focus, map Escape to `onClose` and give focus back where it was on close.
 */
export function Modal({ open, title, onClose, initialFocusRef, busy = false, size = "md", children, footer }: ModalProps) {
  const titleId = useId();
  const { dialogRef, dialogProps } = useModalDialog({
    open,
    busy,
    onDismiss: onClose,
    initialFocus: () => initialFocusRef?.current ?? dialogRef.current?.querySelector<HTMLElement>("input, textarea, select, button, [tabindex]"),
  });

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      {...dialogProps}
      className={cn(
        "m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] overflow-hidden rounded-2xl border border-line bg-surface p-0 text-ink shadow-xl",
        size === "lg" ? "max-w-3xl" : "max-w-xl",
      )}
    >
      {open && (
        // The title and the actions stay put; only the body between them scrolls, so the main
        // action is reachable at any window height (1366×900, a phone held either way).
        <div className="flex max-h-[calc(100dvh-2rem-2px)] flex-col">
          <h2 id={titleId} className="shrink-0 px-5 pt-5 pb-3 text-xl font-bold tracking-tight sm:px-6 sm:pt-6">
            {title}
          </h2>
          <div className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto px-5 pb-5 sm:px-6" data-testid="modal-body">
            {children}
          </div>
          {footer && (
            <div className="flex shrink-0 flex-col-reverse gap-3 border-t border-line bg-surface px-5 py-4 sm:flex-row sm:justify-end sm:px-6" data-testid="modal-footer">
              {footer}
            </div>
          )}
        </div>
      )}
    </dialog>
  );
}
