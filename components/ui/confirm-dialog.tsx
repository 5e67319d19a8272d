"use client";

import { useId, useRef, type ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { useModalDialog } from "./use-modal-dialog";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description?: ReactNode;
  /** Extra content between the description and the buttons. */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** `danger` paints the confirm button red and puts first focus on Cancel. */
  tone?: "primary" | "danger";
  /** Shows progress on the confirm button and blocks closing until the work ends. */
  loading?: boolean;
  onConfirm: () => void;
  /** Called for Cancel, Escape and a click on the backdrop; the parent then sets `open` to false. */
  onCancel: () => void;
}

/**
 * A modal confirmation built on the native `<dialog>`: the browser traps focus and makes the page
 * inert; we choose the first focus, map Escape to `onCancel` and give focus back on close.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  children,
  confirmLabel,
  cancelLabel,
  tone = "primary",
  loading = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const { dialogRef, dialogProps } = useModalDialog({
    open,
    busy: loading,
    onDismiss: onCancel,
    initialFocus: () => (tone === "danger" ? cancelRef : confirmRef).current,
  });

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      {...dialogProps}
      className={cn(
        "m-auto w-[calc(100%-2rem)] max-w-md rounded-2xl border border-line bg-surface p-0 text-ink shadow-xl",
        "backdrop:bg-ink/45",
      )}
    >
      <div className="flex flex-col gap-3 p-6">
        <h2 id={titleId} className="text-xl font-bold tracking-tight">
          {title}
        </h2>
        {description && (
          <div id={descriptionId} className="text-base text-ink-muted">
            {description}
          </div>
        )}
        {children}
        <div className="mt-3 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
          <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={loading}>
            {cancelLabel}
          </Button>
          <Button ref={confirmRef} variant={tone === "danger" ? "danger" : "primary"} onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
