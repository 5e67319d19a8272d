import type { Metadata } from "next";
import { StudioShell } from "@/components/layout/studio-shell";
import { isAdmin } from "@/lib/auth/roles";
import { signUpAccess } from "@/lib/auth/sign-up-access";
import { defaultEngineId } from "@/lib/images/engine-choice";
import { Landing } from "./_home/landing";
import { StudioHome } from "./_home/studio-home";
import { currentSession, signOutAction } from "./_lib/session";
import { getLocale, getT } from "./i18n";

export async function generateMetadata(): Promise<Metadata> {
  const [t, session] = await Promise.all([getT(), currentSession()]);
  return { title: session ? t("home.title") : { absolute: `${t("app.name")} — ${t("landing.title")}` } };
}

/** `/`: the studio's home for a signed-in user, a landing page for everyone else. */
export default async function HomePage() {
  const [t, locale, session] = await Promise.all([getT(), getLocale(), currentSession()]);
  if (session) {
    const user = session.user;
    return (
      <StudioShell user={{ name: user.name, email: user.email, isAdmin: isAdmin(user) }} signOutAction={signOutAction}>
        <StudioHome user={user} t={t} locale={locale} />
      </StudioShell>
    );
  }
  const access = await signUpAccess(undefined);
  return (
    <StudioShell user={null}>
      <Landing
        t={t}
        locale={locale}
        free={defaultEngineId() === "offline"}
        openSignUp={access.kind === "open"}
        inviteOnly={access.kind === "invitation_required"}
      />
    </StudioShell>
  );
}
