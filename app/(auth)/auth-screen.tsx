import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthPage } from "@/components/auth/auth-page";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { auth, oauthProviders } from "@/lib/auth/next-auth";
import { getT } from "../i18n";
import { oauthSignInAction, signInAction, signUpAction } from "./actions";

/** The sign-in or sign-up page: signed-in visitors go straight to where they were heading. */
export async function AuthScreen({ mode, callbackUrl: raw }: { mode: "sign-in" | "sign-up"; callbackUrl?: string }) {
  const callbackUrl = raw?.startsWith("/") && !raw.startsWith("//") ? raw : "/";
  if ((await auth())?.user) redirect(callbackUrl);
  const t = await getT();
  const signUp = mode === "sign-up";
  return (
    <AuthPage title={t(signUp ? "auth.signUpTitle" : "auth.signInTitle")} subtitle={t(signUp ? "auth.signUpSubtitle" : "auth.signInSubtitle")}>
      <AuthForm mode={mode} action={signUp ? signUpAction : signInAction} callbackUrl={callbackUrl} />
      <OAuthButtons
        providers={oauthProviders()}
        callbackUrl={callbackUrl}
        action={oauthSignInAction}
        labels={{ github: t("auth.continueWithGithub"), google: t("auth.continueWithGoogle"), or: t("auth.or") }}
      />
    </AuthPage>
  );
}
