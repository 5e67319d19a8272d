import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthPage } from "@/components/auth/auth-page";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { auth, oauthProviders } from "@/lib/auth/next-auth";
import { getT } from "../../i18n";
import { signInAction, oauthSignInAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("nav.signIn") };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = raw?.startsWith("/") && !raw.startsWith("//") ? raw : "/";
  if ((await auth())?.user) redirect(callbackUrl);
  const t = await getT();
  return (
    <AuthPage title={t("auth.signInTitle")} subtitle={t("auth.signInSubtitle")}>
      <AuthForm mode="sign-in" action={signInAction} callbackUrl={callbackUrl} />
      <OAuthButtons
        providers={oauthProviders()}
        callbackUrl={callbackUrl}
        action={oauthSignInAction}
        labels={{ github: t("auth.continueWithGithub"), google: t("auth.continueWithGoogle"), or: t("auth.or") }}
      />
    </AuthPage>
  );
}
