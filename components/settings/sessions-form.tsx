"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useT } from "@/components/i18n/i18n-provider";
import type { SessionsState } from "@/app/(studio)/settings/actions";

/** Ends the account's sessions on every other browser and device. */
export function SessionsForm({ action }: { action: (state: SessionsState) => Promise<SessionsState> }) {
  const t = useT();
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="max-w-xl space-y-3">
      <p className="text-ink-muted">{t("account.sessionsText")}</p>
      {state.ended !== undefined ? <Alert tone="success">{t("account.sessionsEnded", { count: state.ended })}</Alert> : null}
      <SubmitButton variant="secondary">{t("account.signOutOthers")}</SubmitButton>
    </form>
  );
}
