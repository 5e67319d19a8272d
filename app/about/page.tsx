import type { Metadata } from "next";
import { StudioShell } from "@/components/layout/studio-shell";
import { PageHeader } from "@/components/layout/page-header";
import { isAdmin } from "@/lib/auth/roles";
import { listArtCredits } from "@/lib/images/art-credits";
import { getT } from "../i18n";
import { currentSession, signOutAction } from "../_lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("about.title") };
}

/** Public page: what Inkwell is, and the credits the artwork's licences ask for. */
export default async function AboutPage() {
  const [t, session] = await Promise.all([getT(), currentSession()]);
  const user = session ? { name: session.user.name, email: session.user.email, isAdmin: isAdmin(session.user) } : null;
  return (
    <StudioShell user={user} signOutAction={user ? signOutAction : undefined}>
      <PageHeader title={t("about.title")} description={t("about.text")} />
      <section aria-labelledby="credits" className="max-w-3xl">
        <h2 id="credits" className="mb-4 text-xl font-semibold">
          {t("about.creditsTitle")}
        </h2>
        <ul className="space-y-4">
          {listArtCredits().map((credit) => (
            <li key={credit.name} className="rounded-lg border border-line bg-white p-4">
              <p className="font-medium">
                <a className="text-accent-700 underline underline-offset-4" href={credit.url}>
                  {credit.name}
                </a>
              </p>
              <p className="text-sm text-ink-muted">{t("about.license", { license: credit.license })}</p>
              <p className="mt-1 text-sm">{credit.usage}</p>
            </li>
          ))}
        </ul>
      </section>
    </StudioShell>
  );
}
