"use client";

import { useEffect } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { MAIN_CONTENT_ID } from "@/components/layout/constants";
import { InkDropMark } from "@/components/layout/ink-drop-logo";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

function digestOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" ? error.digest : undefined;
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main id={MAIN_CONTENT_ID} className="mx-auto flex min-h-[70dvh] max-w-xl flex-col items-center justify-center gap-4 px-6 py-16 text-center">
      <InkDropMark className="size-14" />
      <h1 className="text-3xl font-extrabold tracking-tight text-ink sm:text-4xl">{t("errorPage.title")}</h1>
      <p role="alert" className="text-lg text-ink-muted">
        {t("common.errorGeneric")}
      </p>
      <div className="mt-2 flex flex-wrap justify-center gap-3">
        <Button onClick={() => retry()}>{t("common.retry")}</Button>
        <ButtonLink href="/">{t("notFound.backHome")}</ButtonLink>
      </div>
      {digest && <p className="text-xs text-ink-subtle">{t("errorPage.reference", { digest })}</p>}
    </main>
  );
}
