"use client";

import { useEffect, useId, useRef, type MouseEvent, type ReactNode, type RefObject, type SyntheticEvent } from "react";
import { cn } from "@/components/ui/cn";

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
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const first = initialFocusRef?.current ?? dialog.querySelector<HTMLElement>("input, textarea, select, button, [tabindex]");
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, initialFocusRef]);

  useEffect(() => () => returnFocusRef.current?.focus(), []);

  function handleCancel(event: SyntheticEvent<HTMLDialogElement>) {
    event.preventDefault();
    if (!busy) onClose();
  }

  function handleClose() {
    returnFocusRef.current?.focus();
    returnFocusRef.current = null;
    if (open) onClose();
  }

  function handleBackdrop(event: MouseEvent<HTMLDialogElement>) {
    if (event.target === event.currentTarget && !busy) onClose();
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={handleCancel}
      onClose={handleClose}
      onClick={handleBackdrop}
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
