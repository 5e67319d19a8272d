"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useT } from "@/components/i18n/i18n-provider";
import type { AuthFormState } from "@/app/(auth)/actions";

interface AuthFormProps {
  mode: "sign-in" | "sign-up";
  action: (state: AuthFormState, form: FormData) => Promise<AuthFormState>;
  callbackUrl: string;
}

/** The email + password form of the sign-in and sign-up pages. */
export function AuthForm({ mode, action, callbackUrl }: AuthFormProps) {
  const t = useT();
  const [state, formAction] = useActionState(action, {});
  const fieldError = (name: "email" | "password" | "name") => {
    const key = state.fields?.[name];
    return key ? t(`auth.errors.${key}`) : undefined;
  };
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.error && !state.fields ? <Alert tone="error">{t(`auth.errors.${state.error}`)}</Alert> : null}
      {mode === "sign-up" ? (
        <Field label={t("auth.name")} optionalText={t("common.optional")} error={fieldError("name")}>
          <Input name="name" autoComplete="name" defaultValue={state.values?.name} maxLength={100} />
        </Field>
      ) : null}
      <Field label={t("auth.email")} required error={fieldError("email")}>
        <Input name="email" type="email" autoComplete="email" defaultValue={state.values?.email} required />
      </Field>
      <Field label={t("auth.password")} required hint={mode === "sign-up" ? t("auth.passwordHint") : undefined} error={fieldError("password")}>
        <Input name="password" type="password" autoComplete={mode === "sign-up" ? "new-password" : "current-password"} required minLength={mode === "sign-up" ? 8 : undefined} />
      </Field>
      <SubmitButton fullWidth>{mode === "sign-up" ? t("nav.signUp") : t("nav.signIn")}</SubmitButton>
      <p className="text-center text-sm">
        {mode === "sign-up" ? t("auth.haveAccount") : t("auth.noAccount")}{" "}
        <Link
          className="font-medium text-accent-700 underline underline-offset-4"
          href={`${mode === "sign-up" ? "/sign-in" : "/sign-up"}?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        >
          {mode === "sign-up" ? t("nav.signIn") : t("nav.signUp")}
        </Link>
      </p>
    </form>
  );
}
