import type { Metadata } from "next";
import type { ReactNode } from "react";
import { StudioShell } from "@/components/layout/studio-shell";
import { PageHeader } from "@/components/layout/page-header";
import { isAdmin } from "@/lib/auth/roles";
import { listArtCredits } from "@/lib/images/art-credits";
import { AGE_GROUPS } from "@/lib/shared/options";
import { getT } from "../i18n";
import { currentSession, signOutAction } from "../_lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("about.title") };
}

const PRINT_STEPS = ["aboutPage.print.p1", "aboutPage.print.p2", "aboutPage.print.p3"] as const;
const PHOTO_POINTS = ["aboutPage.photos.p1", "aboutPage.photos.p2", "aboutPage.photos.p3", "aboutPage.photos.p4"] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-10 max-w-3xl">
      <h2 id={id} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Public page: what Inkwell is, how to print, age groups, photos and privacy, and the artwork's credits. */
export default async function AboutPage() {
  const [t, session] = await Promise.all([getT(), currentSession()]);
  const user = session ? { name: session.user.name, email: session.user.email, isAdmin: isAdmin(session.user) } : null;
  return (
    <StudioShell user={user} signOutAction={user ? signOutAction : undefined}>
      <PageHeader title={t("about.title")} description={t("about.text")} />
      <Section id="print" title={t("aboutPage.printTitle")}>
        <ol className="list-decimal space-y-2 pl-6">
          {PRINT_STEPS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </Section>
      <Section id="ages" title={t("aboutPage.agesTitle")}>
        <ul className="list-disc space-y-2 pl-6">
          {AGE_GROUPS.map((age) => (
            <li key={age}>{t(`aboutPage.ages.${age}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="photos" title={t("aboutPage.photosTitle")}>
        <ul className="list-disc space-y-2 pl-6">
          {PHOTO_POINTS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </Section>
      <Section id="credits" title={t("about.creditsTitle")}>
        <ul className="space-y-4">
          {listArtCredits().map((credit) => (
            <li key={credit.key} className="rounded-lg border border-line bg-white p-4">
              <p className="font-medium">
                <a className="text-accent-700 underline underline-offset-4" href={credit.url}>
                  {credit.name}
                </a>
              </p>
              <p className="text-sm text-ink-muted">{t("about.license", { license: credit.license })}</p>
              <p className="mt-1 text-sm">{t(`aboutPage.creditsUsage.${credit.key}`)}</p>
            </li>
          ))}
        </ul>
      </Section>
    </StudioShell>
  );
}
