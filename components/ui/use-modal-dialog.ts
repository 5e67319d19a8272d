"use client";

import { useEffect, useRef, type MouseEvent, type RefObject, type SyntheticEvent } from "react";

interface ModalDialogOptions {
  open: boolean;
  /** While true, Escape and the backdrop do nothing (work is under way). */
  busy: boolean;
  /** Called for Escape, a click on the backdrop, or a close by the browser; the parent then sets `open` to false. */
  onDismiss: () => void;
  /** The element to focus when the dialog opens. */
  initialFocus: () => HTMLElement | null | undefined;
}

interface ModalDialog {
  dialogRef: RefObject<HTMLDialogElement | null>;
  dialogProps: {
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
    onClose: () => void;
    onClick: (event: MouseEvent<HTMLDialogElement>) => void;
  };
}

/**
 * Drives a native `<dialog>` as a modal: the browser traps focus and makes the page inert; this
 * opens and closes it with `open`, sets the first focus, maps Escape and the backdrop to
 * `onDismiss`, and gives focus back where it was on close (even if the dialog unmounts open).
 */
export function useModalDialog({ open, busy, onDismiss, initialFocus }: ModalDialogOptions): ModalDialog {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      initialFocus()?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    // Re-running with a new `initialFocus` is harmless: only a change of `open` acts.
  }, [open, initialFocus]);

  useEffect(() => () => returnFocusRef.current?.focus(), []);

  return {
    dialogRef,
    dialogProps: {
      onCancel(event) {
        // Escape: keep the dialog open until the parent says otherwise.
        event.preventDefault();
        if (!busy) onDismiss();
      },
      onClose() {
        returnFocusRef.current?.focus();
        returnFocusRef.current = null;
        // Closed by the browser (not by the effect) while the parent still thinks it is open.
        if (open) onDismiss();
      },
      onClick(event) {
        if (event.target === event.currentTarget && !busy) onDismiss();
      },
    },
  };
}
