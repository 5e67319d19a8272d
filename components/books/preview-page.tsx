"use client";

import type { CSSProperties } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import type { Box, LaidOutPage } from "@/lib/shared/books/layout";
import type { BookPageView, BookView } from "./api";

export interface PreviewPageProps {
  laid: LaidOutPage;
  page: BookPageView | null;
  book: Pick<BookView, "title" | "subtitle" | "author">;
  showGuides: boolean;
}

/** A box as percentages of the page, so the preview scales with its column. */
function place(box: Box, laid: LaidOutPage): CSSProperties {
  const { width, height } = laid.media;
  return { position: "absolute", left: `${(box.x / width) * 100}%`, top: `${(box.y / height) * 100}%`, width: `${(box.width / width) * 100}%`, height: `${(box.height / height) * 100}%` };
}

/** A size in points as a share of the page's width (the page is a size container). */
function points(size: number, laid: LaidOutPage): string {
  return `${(size / laid.media.width) * 100}cqw`;
}

/** The drawing cut to its ink and scaled into its place, as the PDF draws it. */
function Picture({ laid, page }: { laid: LaidOutPage; page: BookPageView }) {
  if (!laid.picture) return null;
  const { crop, image } = page;
  return (
    <div style={{ ...place(laid.picture, laid), overflow: "hidden" }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session */}
      <img
        src={image.fileUrl}
        alt={image.title}
        loading="lazy"
        draggable={false}
        style={{ position: "absolute", maxWidth: "none", width: `${(image.width / crop.width) * 100}%`, left: `${(-crop.left / crop.width) * 100}%`, top: `${(-crop.top / crop.height) * 100}%` }}
      />
    </div>
  );
}

/** One page of the preview at its media size, with its trim and live area drawn as guides. */
export function PreviewPage({ laid, page, book, showGuides }: PreviewPageProps) {
  const t = useT();
  const text = (size: number): CSSProperties => ({ fontSize: points(size, laid), lineHeight: 1.2 });
  const live = place(laid.live, laid);
  const bleeds = laid.media.width !== laid.trim.width;
  return (
    <div className="@container relative overflow-hidden bg-white text-ink shadow-md ring-1 ring-line" style={{ aspectRatio: `${laid.media.width} / ${laid.media.height}` }}>
      {showGuides && bleeds && <div aria-hidden="true" className="border border-dashed border-red-400" style={place(laid.trim, laid)} />}
      {showGuides && <div aria-hidden="true" className="border border-dashed border-sky-400" style={live} />}
      {laid.kind === "coloring" && page && <Picture laid={laid} page={page} />}
      {laid.kind === "title" && (
        <div className="flex flex-col items-center justify-between py-[12%] text-center font-bold" style={live}>
          <div>
            <p style={text(30)}>{book.title}</p>
            {book.subtitle && <p className="mt-[4%] font-normal" style={text(14)}>{book.subtitle}</p>}
          </div>
          {book.author && <p className="font-normal" style={text(12)}>{t("books.print.by", { author: book.author })}</p>}
        </div>
      )}
      {laid.kind === "belongs" && (
        <div className="flex flex-col items-center justify-center gap-[8%] text-center font-bold" style={live}>
          <p style={text(22)}>{t("books.print.belongsTo")}</p>
          <div aria-hidden="true" className="h-px w-3/4 bg-ink" />
        </div>
      )}
      {laid.kind === "credits" && (
        <div className="flex flex-col justify-center gap-[2%] text-left" style={live}>
          <p className="font-bold" style={text(9)}>{book.title}</p>
          <p style={text(7)}>{t("books.preview.creditsPage")}</p>
        </div>
      )}
      {laid.printedNumber && laid.numberBand && (
        <div className={laid.side === "right" ? "flex items-center justify-end" : "flex items-center justify-start"} style={{ ...place(laid.numberBand, laid), ...text(9) }}>
          {laid.printedNumber}
        </div>
      )}
    </div>
  );
}
