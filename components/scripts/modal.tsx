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
}

/**
 * A modal on the native `<dialog>`: the browser traps focus and makes the page inert; we choose
 * the first focus, map Escape to `onClose` and give focus back where it was on close.
 */
export function Modal({ open, title, onClose, initialFocusRef, busy = false, size = "md", children }: ModalProps) {
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
        "m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] overflow-y-auto rounded-2xl border border-line bg-surface p-0 text-ink shadow-xl",
        size === "lg" ? "max-w-3xl" : "max-w-xl",
      )}
    >
      {open && (
        <div className="flex flex-col gap-4 p-5 sm:p-6">
          <h2 id={titleId} className="text-xl font-bold tracking-tight">
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  );
}
