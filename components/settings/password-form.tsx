"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useT } from "@/components/i18n/i18n-provider";
import type { PasswordState } from "@/app/(studio)/settings/actions";

/** Change the password; every other session of the account ends with it. */
export function PasswordForm({ action }: { action: (state: PasswordState, form: FormData) => Promise<PasswordState> }) {
  const t = useT();
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="max-w-md space-y-4" aria-labelledby="password-title">
      <h3 id="password-title" className="text-lg font-semibold">
        {t("account.passwordTitle")}
      </h3>
      {state.changed ? <Alert tone="success">{t("account.passwordChanged", { count: state.ended ?? 0 })}</Alert> : null}
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Field label={t("account.currentPassword")} error={state.fields?.current}>
        <Input name="current" type="password" autoComplete="current-password" required />
      </Field>
      <Field label={t("account.newPassword")} hint={t("auth.passwordHint")} error={state.fields?.next}>
        <Input name="next" type="password" autoComplete="new-password" minLength={8} required />
      </Field>
      <SubmitButton>{t("account.changePassword")}</SubmitButton>
    </form>
  );
}
