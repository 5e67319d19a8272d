import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/types";
import type { ImageView } from "@/lib/shared/views";
import { costLabel, engineLabel, kindLabel } from "./image-labels";
import { listFailingItems } from "./print-check-lines";

export interface ImageCardProps {
  image: ImageView;
  t: Translator;
  locale: Locale;
}

/**
 * One image of the library. The title is the link (so its accessible name is just the title);
 * it stretches over the whole card, so a click anywhere opens the image.
 */
export function ImageCard({ image, t, locale }: ImageCardProps) {
  // A page that failed its print check is kept, and flagged here with its reasons.
  const failing = image.printCheck && !image.printCheck.pass ? listFailingItems(image.printCheck, t) : [];
  return (
    <article className="group relative flex h-full flex-col gap-3 rounded-2xl border border-line bg-surface p-3 shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-accent-600 hover:shadow-md">
      <div className="relative aspect-square rounded-xl bg-sunken">
        <div className="absolute inset-3 flex items-center justify-center">
          {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session, not an optimisable asset */}
          <img
            src={image.fileUrl}
            alt=""
            loading="lazy"
            width={image.width}
            height={image.height}
            className="block h-auto max-h-full w-auto max-w-full bg-white shadow-md ring-1 ring-line"
          />
        </div>
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-2 px-1">
        <h2 className="line-clamp-2 text-base font-bold text-ink">
          <Link
            href={`/images/${image.id}`}
            className="after:absolute after:inset-0 after:rounded-2xl after:content-[''] focus-visible:outline-none group-hover:text-accent-800"
          >
            {image.title}
          </Link>
        </h2>
        <p className="text-sm text-ink-muted">
          <time dateTime={image.createdAt} suppressHydrationWarning>
            {formatDate(locale, image.createdAt)}
          </time>
        </p>
        <div className="mt-auto flex flex-wrap items-center gap-1.5">
          <Badge tone="accent">{kindLabel(t, image.kind)}</Badge>
          <Badge>{engineLabel(t, image.engine)}</Badge>
          <Badge tone={image.costUsd > 0 ? "warning" : "success"}>{costLabel(t, locale, image.costUsd)}</Badge>
          {failing.length > 0 && <Badge tone="danger">{t("printCheck.libraryFlagLabel")}</Badge>}
        </div>
        {failing.length > 0 && <p className="text-xs text-red-800">{t("printCheck.libraryFlag", { items: failing.join(", ") })}</p>}
      </div>
    </article>
  );
}
