"use client";

import { useState } from "react";

export interface ConfirmedAction {
  /** Whether the confirmation dialog is open. */
  confirming: boolean;
  /** The action is under way. */
  busy: boolean;
  /** What went wrong the last time, in words for the user. */
  error: string | null;
  ask: () => void;
  cancel: () => void;
  /** Runs the action (from the dialog's confirm button); closes the dialog either way. */
  confirm: () => void;
}

/** The state of a destructive action behind a confirmation dialog (delete an image, a script, a photo). */
export function useConfirmedAction(action: () => Promise<void>, describeFailure: (error: unknown) => string): ConfirmedAction {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(describeFailure(caught));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return {
    confirming,
    busy,
    error,
    ask: () => {
      setError(null);
      setConfirming(true);
    },
    cancel: () => setConfirming(false),
    confirm: () => void run(),
  };
}
