"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Checkbox } from "@/components/ui/checkbox";
import type { BookLayout, LaidOutPage } from "@/lib/shared/books/layout";
import type { BookView } from "./api";
import { PreviewPage } from "./preview-page";

/** Page 1 alone on the right, then 2–3, 4–5…, and a last even page alone on the left: as the printed book opens. */
export function spreadsOf(pages: readonly LaidOutPage[]): Array<[LaidOutPage | null, LaidOutPage | null]> {
  const spreads: Array<[LaidOutPage | null, LaidOutPage | null]> = [];
  if (pages[0]) spreads.push([null, pages[0]]);
  for (let i = 1; i < pages.length; i += 2) spreads.push([pages[i]!, pages[i + 1] ?? null]);
  return spreads;
}

const KIND_KEYS = {
  title: "books.preview.kinds.title",
  credits: "books.preview.kinds.credits",
  belongs: "books.preview.kinds.belongs",
  coloring: "books.preview.kinds.coloring",
  blank: "books.preview.kinds.blank",
} as const;

/** The interior as spreads of left and right pages with their margins, as the PDF will print it. */
export function SpreadPreview({ book, layout }: { book: BookView; layout: BookLayout }) {
  const t = useT();
  const [showGuides, setShowGuides] = useState(true);
  const byId = new Map(book.pages.map((p) => [p.id, p]));

  const cell = (laid: LaidOutPage | null, side: "left" | "right") => {
    if (!laid) return <div aria-hidden="true" />;
    const page = laid.pageId ? (byId.get(laid.pageId) ?? null) : null;
    const what = page ? page.image.title : t(KIND_KEYS[laid.kind]);
    return (
      <figure className="flex flex-col gap-1" aria-label={t(side === "left" ? "books.preview.leftPage" : "books.preview.rightPage", { number: laid.number, what })}>
        <PreviewPage laid={laid} page={page} book={book} showGuides={showGuides} />
        <figcaption aria-hidden="true" className={side === "left" ? "text-left text-xs text-ink-muted" : "text-right text-xs text-ink-muted"}>
          {laid.number}
        </figcaption>
      </figure>
    );
  };

  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="preview-heading" className="text-xl font-bold tracking-tight text-ink">
          {t("books.preview.heading")}
        </h2>
        <Checkbox label={t("books.preview.guides")} checked={showGuides} onChange={(event) => setShowGuides(event.target.checked)} />
      </div>
      <p className="text-sm text-ink-muted">{t("books.preview.hint", { count: layout.pageCount })}</p>
      <ol className="flex flex-col gap-6">
        {spreadsOf(layout.pages).map(([left, right]) => (
          <li key={`${left?.number ?? 0}-${right?.number ?? 0}`} aria-label={left && right ? t("books.preview.spread", { left: left.number, right: right.number }) : t("books.preview.single", { number: (left ?? right)!.number })} className="mx-auto grid w-full max-w-3xl grid-cols-2 gap-0.5 rounded-xl bg-sunken p-3">
            {cell(left, "left")}
            {cell(right, "right")}
          </li>
        ))}
      </ol>
    </section>
  );
}
