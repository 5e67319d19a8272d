"use client";

import { useEffect, useRef } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

export interface PrintSheetProps {
  image: { id: string; title: string; fileUrl: string; width: number; height: number };
  /** Open the print dialog as soon as the picture has loaded. */
  autoPrint: boolean;
}

/**
 * The print view's content: on screen a small bar (Print, Back) above the sheet; on paper the
 * sheet alone. The sheet's size comes from the page's `@page` rule and `.print-sheet` styles.
 */
export function PrintSheet({ image, autoPrint }: PrintSheetProps) {
  const t = useT();
  const imageRef = useRef<HTMLImageElement>(null);
  const printed = useRef(false);

  useEffect(() => {
    const img = imageRef.current;
    if (!autoPrint || !img) return;
    const open = () => {
      if (printed.current) return;
      printed.current = true;
      // Let the browser lay the picture out before the dialog freezes the page.
      window.setTimeout(() => window.print(), 150);
    };
    if (img.complete && img.naturalWidth > 0) open();
    else img.addEventListener("load", open, { once: true });
    return () => img.removeEventListener("load", open);
  }, [autoPrint]);

  return (
    <>
      <div role="group" aria-label={t("print.controls")} className="no-print mx-auto flex max-w-3xl flex-wrap items-center justify-center gap-3 px-4 pt-4 text-sm text-ink-muted">
        <Button size="sm" onClick={() => window.print()}>
          {t("common.print")}
        </Button>
        <ButtonLink href={`/images/${image.id}`} variant="secondary" size="sm">
          {t("common.back")}
        </ButtonLink>
        <p className="basis-full text-center">{t("print.hint")}</p>
      </div>
      <main className="print-sheet">
        {/* eslint-disable-next-line @next/next/no-img-element -- the page itself, printed at full resolution */}
        <img ref={imageRef} src={image.fileUrl} alt={image.title} width={image.width} height={image.height} />
      </main>
    </>
  );
}
