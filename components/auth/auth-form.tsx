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
  /** A sign-up through an invitation link: its token, and the address it is for (if any). */
  invitation?: { token: string; email: string | null };
}

type Key = NonNullable<AuthFormState["error"]>;

/** The email + password form of the sign-in and sign-up pages. */
export function AuthForm({ mode, action, callbackUrl, invitation }: AuthFormProps) {
  const t = useT();
  const [state, formAction] = useActionState(action, {});
  const message = (key: Key): string => {
    if (key === "rateLimited") return t("auth.errors.rateLimited", { wait: state.wait ?? "" });
    if (key === "signUpRateLimited") return t("auth.errors.signUpRateLimited", { wait: state.wait ?? "" });
    return t(`auth.errors.${key}`);
  };
  const fieldError = (name: "email" | "password" | "name") => {
    const key = state.fields?.[name];
    return key ? message(key) : undefined;
  };
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {invitation ? <input type="hidden" name="invitation" value={invitation.token} /> : null}
      {state.error && !state.fields ? <Alert tone="error">{message(state.error)}</Alert> : null}
      {mode === "sign-up" ? (
        <Field label={t("auth.name")} optionalText={t("common.optional")} error={fieldError("name")}>
          <Input name="name" autoComplete="name" defaultValue={state.values?.name} maxLength={100} />
        </Field>
      ) : null}
      <Field label={t("auth.email")} required error={fieldError("email")}>
        <Input name="email" type="email" autoComplete="email" defaultValue={invitation?.email ?? state.values?.email} readOnly={Boolean(invitation?.email)} required />
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
