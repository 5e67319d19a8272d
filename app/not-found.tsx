import { InkDropMark } from "@/components/layout/ink-drop-logo";
import { MAIN_CONTENT_ID } from "@/components/layout/constants";
import { ButtonLink } from "@/components/ui/button-link";
import { getT } from "./i18n";

export default async function NotFound() {
  const t = await getT();
  return (
    <main id={MAIN_CONTENT_ID} className="mx-auto flex min-h-[70dvh] max-w-xl flex-col items-center justify-center gap-4 px-6 py-16 text-center">
      <InkDropMark className="size-14" />
      <p className="text-sm font-bold tracking-widest text-accent-700 uppercase">404</p>
      <h1 className="text-3xl font-extrabold tracking-tight text-ink sm:text-4xl">{t("notFound.title")}</h1>
      <p className="text-lg text-ink-muted">{t("notFound.description")}</p>
      <ButtonLink href="/" variant="primary" className="mt-2">
        {t("notFound.backHome")}
      </ButtonLink>
    </main>
  );
}
