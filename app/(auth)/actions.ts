"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/next-auth";
import { signUp, signUpSchema } from "@/lib/auth/accounts";
import { isAppError } from "@/lib/errors";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export type AuthErrorKey = "invalidCredentials" | "emailTaken" | "passwordTooShort" | "emailInvalid";

export interface AuthFormState {
  error?: AuthErrorKey;
  fields?: Partial<Record<"email" | "password" | "name", AuthErrorKey>>;
  values?: { email: string; name: string };
}

/** Only same-site paths are followed after sign-in. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "/";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export async function signInAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const email = text(form, "email").trim();
  try {
    await signIn("credentials", { email, password: text(form, "password"), redirectTo: safeCallback(form.get("callbackUrl")) });
    return {};
  } catch (error) {
    if (error instanceof AuthError) return { error: "invalidCredentials", values: { email, name: "" } };
    throw error; // the redirect after a successful sign-in travels as an error
  }
}

export async function signUpAction(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const raw = { name: text(form, "name"), email: text(form, "email"), password: text(form, "password") };
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
  if (parsed.data.password.length < MIN_PASSWORD_LENGTH) return { fields: { password: "passwordTooShort" }, values };
  try {
    await signUp(parsed.data);
  } catch (error) {
    if (isAppError(error) && error.code === "conflict:email") return { fields: { email: "emailTaken" }, error: "emailTaken", values };
    throw error;
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: safeCallback(form.get("callbackUrl")) });
  return {};
}

export async function oauthSignInAction(form: FormData): Promise<void> {
  const provider = text(form, "provider");
  if (provider !== "github" && provider !== "google") return;
  await signIn(provider, { redirectTo: safeCallback(form.get("callbackUrl")) });
}
