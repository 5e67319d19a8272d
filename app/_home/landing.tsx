import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { Emoji } from "@/components/ui/emoji";
import type { Locale, Translator } from "@/lib/i18n";
import { LANDING_EXAMPLES, LANDING_EXAMPLE_SIZE, landingExampleUrl } from "@/lib/shared/landing-examples";

const MAKES = [
  { key: "landing.makes.themes", emoji: "🖍️" },
  { key: "landing.makes.photos", emoji: "📷" },
  { key: "landing.makes.books", emoji: "📚" },
  { key: "landing.makes.scripts", emoji: "🎬" },
] as const;

interface LandingProps {
  t: Translator;
  locale: Locale;
  /** The offline engine is this server's default: pages cost nothing and need no key. */
  free: boolean;
  /** Anyone may create an account (not by invitation only, not closed). */
  openSignUp: boolean;
  /** Accounts are created by invitation only: say so instead of offering a form that would refuse. */
  inviteOnly: boolean;
}

/** What a signed-out visitor sees at `/`: what Inkwell makes, example pages, and the way in. */
export function Landing({ t, locale, free, openSignUp, inviteOnly }: LandingProps) {
  return (
    <div className="space-y-12">
      <section aria-labelledby="landing-title" className="max-w-3xl">
        <h1 id="landing-title" className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
          {t("landing.title")}
        </h1>
        <p className="mt-4 text-lg text-ink-muted">{t("landing.intro")}</p>
        {free ? <p className="mt-4 inline-block rounded-lg bg-accent-50 px-3 py-2 font-medium text-accent-800">{t("landing.free")}</p> : null}
        <SignInLinks t={t} openSignUp={openSignUp} inviteOnly={inviteOnly} />
      </section>

      <section aria-labelledby="landing-examples">
        <h2 id="landing-examples" className="text-2xl font-semibold">
          {t("landing.examplesTitle")}
        </h2>
        <p className="mt-1 text-ink-muted">{t("landing.examplesNote")}</p>
        <ul className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-3">
          {LANDING_EXAMPLES.map((example) => {
            const title = t(`landing.examples.${example.id}`);
            return (
              <li key={example.id}>
                <figure className="rounded-2xl border border-line bg-white p-3 shadow-sm">
                  {/* eslint-disable-next-line @next/next/no-img-element -- small PNGs already sized for the web by scripts/landing-examples.ts */}
                  <img
                    src={landingExampleUrl(example, locale)}
                    alt={t("landing.exampleAlt", { title })}
                    width={LANDING_EXAMPLE_SIZE.width}
                    height={LANDING_EXAMPLE_SIZE.height}
                    loading="lazy"
                    className="mx-auto h-auto w-full max-w-xs"
                  />
                  <figcaption className="mt-2 text-center text-sm text-ink-muted">
                    {t("landing.exampleCaption", { title, ages: example.ageGroup.replace("-", "–") })}
                  </figcaption>
                </figure>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="landing-makes">
        <h2 id="landing-makes" className="text-2xl font-semibold">
          {t("landing.makesTitle")}
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {MAKES.map((item) => (
            <li key={item.key}>
              <Card padding="sm" className="flex h-full items-center gap-3">
                <Emoji emoji={item.emoji} className="size-8" />
                <span>{t(item.key)}</span>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="landing-start" className="max-w-3xl">
        <h2 id="landing-start" className="text-2xl font-semibold">
          {t("landing.startTitle")}
        </h2>
        <SignInLinks t={t} openSignUp={openSignUp} inviteOnly={inviteOnly} />
        <p className="mt-6">
          <Link href="/about" className="text-accent-700 underline underline-offset-4">
            {t("landing.learnMore")}
          </Link>
        </p>
      </section>
    </div>
  );
}

function SignInLinks({ t, openSignUp, inviteOnly }: Pick<LandingProps, "t" | "openSignUp" | "inviteOnly">) {
  return (
    <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
      {openSignUp ? (
        <ButtonLink href="/sign-up" variant="primary" size="lg">
          {t("landing.signUp")}
        </ButtonLink>
      ) : null}
      <ButtonLink href="/sign-in" variant="secondary" size="lg">
        {t("landing.signIn")}
      </ButtonLink>
      {inviteOnly ? <p className="text-sm text-ink-muted">{t("landing.inviteOnly")}</p> : null}
    </div>
  );
}
