import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthPage } from "@/components/auth/auth-page";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { oauthProviders } from "@/lib/auth/oauth-targets";
import { signUpAccess } from "@/lib/auth/sign-up-access";
import { safeRedirectPath } from "@/lib/http/redirect";
import { currentSession } from "../_lib/session";
import { getT } from "../i18n";
import { oauthSignInAction, signInAction, signUpAction } from "./actions";

/** Refusals Auth.js sends back to the sign-in page (`?error=`), as message keys. */
const SIGN_IN_ERRORS = {
  signup_closed: "auth.errors.signupClosed",
  disabled: "auth.errors.accountDisabled",
  CredentialsSignin: "auth.errors.invalidCredentials",
  OAuthAccountNotLinked: "auth.errors.accountNotLinked",
  AccessDenied: "auth.errors.accessDenied",
} as const;

interface AuthScreenProps {
  mode: "sign-in" | "sign-up";
  callbackUrl?: string;
  invitation?: string;
  error?: string;
}

/** The sign-in or sign-up page: signed-in visitors go straight to where they were heading. */
export async function AuthScreen({ mode, callbackUrl: raw, invitation, error }: AuthScreenProps) {
  const callbackUrl = safeRedirectPath(raw);
  if (await currentSession()) redirect(callbackUrl);
  const t = await getT();
  const signUp = mode === "sign-up";
  const access = signUp ? await signUpAccess(invitation) : null;
  const errorKey = error ? SIGN_IN_ERRORS[error as keyof typeof SIGN_IN_ERRORS] : undefined;
  const canSignUp = !access || access.kind === "open" || access.kind === "invited";
  return (
    <AuthPage title={t(signUp ? "auth.signUpTitle" : "auth.signInTitle")} subtitle={t(signUp ? "auth.signUpSubtitle" : "auth.signInSubtitle")}>
      {errorKey ? <Alert tone="error">{t(errorKey)}</Alert> : null}
      {access?.kind === "invited" ? <Alert tone="info">{t(access.role === "admin" ? "auth.invitedAdmin" : "auth.invited")}</Alert> : null}
      {canSignUp ? (
        <>
          <AuthForm
            mode={mode}
            action={signUp ? signUpAction : signInAction}
            callbackUrl={callbackUrl}
            invitation={access?.kind === "invited" ? { token: invitation ?? "", email: access.email } : undefined}
          />
          {access?.kind !== "invited" ? (
            <OAuthButtons
              providers={oauthProviders()}
              callbackUrl={callbackUrl}
              action={oauthSignInAction}
              labels={{ github: t("auth.continueWithGithub"), google: t("auth.continueWithGoogle"), or: t("auth.or") }}
            />
          ) : null}
        </>
      ) : (
        <div className="space-y-4">
          <Alert tone="info">
            {t(access.kind === "closed" ? "auth.errors.signupClosed" : access.kind === "invitation_invalid" ? "auth.errors.invitationInvalid" : "auth.errors.invitationRequired")}
          </Alert>
          <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} variant="secondary" fullWidth>
            {t("nav.signIn")}
          </ButtonLink>
        </div>
      )}
    </AuthPage>
  );
}
