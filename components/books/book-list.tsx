"use client";

import Link from "next/link";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { useItems } from "@/components/api/use-items";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { formatDate } from "@/lib/i18n/format";
import type { BookListItem } from "./api";
import { trimLabel } from "./labels";


/** The user's books, most recently changed first, each a link to its editor. */
export function BookList() {
  const t = useT();
  const locale = useLocale();
  const { state, retry } = useItems<BookListItem>("/api/books");

  return (
    <section aria-labelledby="book-list-heading" className="flex flex-col gap-4">
      <h2 id="book-list-heading" className="text-lg font-bold tracking-tight text-ink">
        {t("books.list.heading")}
      </h2>
      {state.status === "loading" && <Spinner label={t("books.list.loading")} className="py-6" />}
      {state.status === "error" && (
        <Alert tone="error" action={<Button variant="secondary" size="sm" onClick={retry}>{t("common.retry")}</Button>}>
          {t("books.list.loadFailed")}
        </Alert>
      )}
      {state.status === "ready" && state.items.length === 0 && (
        <EmptyState headingLevel="h3" title={t("books.list.emptyTitle")} description={t("books.list.emptyDescription")} />
      )}
      {state.status === "ready" && state.items.length > 0 && (
        <ul className="flex flex-col gap-3">
          {state.items.map((book) => (
            <li key={book.id} className="relative flex items-center gap-4 rounded-2xl border border-line bg-surface p-3 shadow-sm focus-within:ring-2 focus-within:ring-accent-600 hover:shadow-md">
              <div className="flex h-20 w-16 shrink-0 items-center justify-center overflow-hidden rounded-lg border border-line bg-white">
                {book.thumbnailUrl && (
                  // eslint-disable-next-line @next/next/no-img-element -- a private file behind the session
                  <img src={book.thumbnailUrl} alt="" loading="lazy" className="size-full object-contain" />
                )}
              </div>
              <div className="flex min-w-0 flex-col gap-1.5">
                <h3 className="truncate text-base font-bold text-ink">
                  <Link href={`/books/${book.id}`} className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none hover:text-accent-800">
                    {book.title}
                  </Link>
                </h3>
                <p className="text-sm text-ink-muted">{t("common.pageCount", { count: book.pageCount })}</p>
                <div className="flex flex-wrap items-center gap-1.5">
                  <Badge>{trimLabel(t, book.trim)}</Badge>
                  <Badge tone={book.printOnDemand ? "accent" : "neutral"}>{book.printOnDemand ? t("books.modes.printOnDemand") : t("books.modes.home")}</Badge>
                  <span className="text-xs text-ink-muted">
                    <time dateTime={book.updatedAt} suppressHydrationWarning>
                      {t("books.list.updated", { date: formatDate(locale, book.updatedAt) })}
                    </time>
                  </span>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
