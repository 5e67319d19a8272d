"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/next-auth";
import { signUp, signUpSchema } from "@/lib/auth/accounts";
import { isAppError } from "@/lib/errors";
import { safeRedirectPath } from "@/lib/http/redirect";
import { formatWait } from "@/lib/i18n/request-locale";
import { signInWaitMs } from "@/lib/limits/sign-in";
import { actionClientIp, assertSameSiteAction } from "../_lib/action-guard";
import { getLocale } from "../i18n";

export type AuthErrorKey =
  | "invalidCredentials"
  | "emailTaken"
  | "passwordTooShort"
  | "emailInvalid"
  | "rateLimited"
  | "signUpRateLimited"
  | "accountDisabled"
  | "signupClosed"
  | "invitationRequired"
  | "invitationInvalid";

export interface AuthFormState {
  error?: AuthErrorKey;
  /** With a rate-limit error: how long to wait, in the reader's language. */
  wait?: string;
  fields?: Partial<Record<"email" | "password" | "name", AuthErrorKey>>;
  values?: { email: string; name: string };
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

async function waitText(ms: number): Promise<string> {
  return formatWait(Math.max(1, Math.ceil(ms / 1000)), await getLocale());
}

export async function signInAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  await assertSameSiteAction();
  const email = text(form, "email").trim();
  const values = { email, name: "" };
  const ip = await actionClientIp();
  const wait = email ? await signInWaitMs({ email: email.toLowerCase(), ip }) : 0;
  if (wait > 0) return { error: "rateLimited", wait: await waitText(wait), values };
  try {
    await signIn("credentials", { email, password: text(form, "password"), redirectTo: safeRedirectPath(form.get("callbackUrl")) });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { error: "rateLimited", wait: await waitText(await signInWaitMs({ email: email.toLowerCase(), ip })), values };
    }
    if (error instanceof CredentialsSignin && error.code === "disabled") return { error: "accountDisabled", values };
    if (error instanceof AuthError) return { error: "invalidCredentials", values };
    throw error; // the redirect after a successful sign-in travels as an error
  }
}

const SIGN_UP_REFUSALS: Record<string, AuthErrorKey> = {
  "forbidden:signup_closed": "signupClosed",
  "forbidden:invitation_required": "invitationRequired",
  "forbidden:invitation": "invitationInvalid",
};

export async function signUpAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  await assertSameSiteAction();
  const invitation = text(form, "invitation").trim() || undefined;
  const raw = { name: text(form, "name"), email: text(form, "email"), password: text(form, "password"), invitation };
  const values = { email: raw.email.trim(), name: raw.name.trim() };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: AuthFormState["fields"] = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "email") fields.email = "emailInvalid";
      if (issue.path[0] === "password") fields.password = "passwordTooShort";
    }
    return { fields, values };
  }
  try {
    await signUp(parsed.data, { ip: await actionClientIp() });
  } catch (error) {
    if (isAppError(error) && error.code === "conflict:email") return { fields: { email: "emailTaken" }, error: "emailTaken", values };
    if (isAppError(error) && error.code === "rate_limited:sign_up") {
      const seconds = typeof error.details?.retryAfterSeconds === "number" ? error.details.retryAfterSeconds : 60;
      return { error: "signUpRateLimited", wait: await waitText(seconds * 1000), values };
    }
    const refusal = isAppError(error) ? SIGN_UP_REFUSALS[error.code] : undefined;
    if (refusal) return { error: refusal, values };
    throw error;
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: safeRedirectPath(form.get("callbackUrl")) });
  return {};
}

export async function oauthSignInAction(form: FormData): Promise<void> {
  await assertSameSiteAction();
  const provider = text(form, "provider");
  if (provider !== "github" && provider !== "google") return;
  await signIn(provider, { redirectTo: safeRedirectPath(form.get("callbackUrl")) });
}
