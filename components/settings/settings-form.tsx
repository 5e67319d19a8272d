"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useT } from "@/components/i18n/i18n-provider";
import type { SettingsState } from "@/app/(studio)/settings/actions";

interface SettingsFormProps {
  name: string;
  monthlyBudgetUsd: number;
  /** The most the user may choose: the budget an administrator set (or the server's default). */
  maxBudgetUsd: number;
  budgetHint: string;
  action: (state: SettingsState, form: FormData) => Promise<SettingsState>;
}

export function SettingsForm({ name, monthlyBudgetUsd, maxBudgetUsd, budgetHint, action }: SettingsFormProps) {
  const t = useT();
  const [state, formAction] = useActionState(action, {});
  return (
    // The server explains a refused budget in the reader's language; the browser's own check would not.
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      {state.saved ? <Alert tone="success">{t("settings.saved")}</Alert> : null}
      <Field label={t("auth.name")} error={state.fields?.name}>
        <Input name="name" defaultValue={name} maxLength={100} autoComplete="name" />
      </Field>
      <Field label={t("settings.budgetLabel")} hint={budgetHint} error={state.fields?.monthlyBudgetUsd}>
        <Input name="monthlyBudgetUsd" type="number" min={0} max={maxBudgetUsd} step="0.01" defaultValue={monthlyBudgetUsd} inputMode="decimal" />
      </Field>
      <SubmitButton>{t("common.save")}</SubmitButton>
    </form>
  );
}
