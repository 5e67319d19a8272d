"use client";

import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useT } from "@/components/i18n/i18n-provider";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { layoutBook } from "@/lib/shared/books/layout";
import { bookUrl, errorText, type BookView } from "./api";
import { BookDetailsForm } from "./book-details-form";
import { BookDownloads } from "./book-downloads";
import { CoverSettings } from "./cover-settings";
import { DeleteBook } from "./delete-book";
import { GeneratePages, type Started } from "./generate-pages";
import { trimLabel } from "./labels";
import { PageList } from "./page-list";
import { PrintSettings } from "./print-settings";
import { ScriptPages } from "./script-pages";
import { SpreadPreview } from "./spread-preview";
import { useBook } from "./use-book";

/** The layout the PDF will have, computed here from the same pure code as the server's. */
function useLayout(book: BookView | null) {
  return useMemo(
    () => (book ? layoutBook({ ...book, pages: book.pages.map((p) => ({ id: p.id, art: { width: p.crop.width, height: p.crop.height } })) }) : null),
    [book],
  );
}

/** A book's editor: its words, print settings, cover, pages (add, reorder, replace, remove), a preview as spreads, and downloads. */
export function BookEditor({ bookId }: { bookId: string }) {
  const t = useT();
  const { book, loadError, patch, addPages, reload } = useBook(bookId);
  const layout = useLayout(book);
  // The batches started here (a theme's pages, a page drawn again), newest first, then those the
  // book came with (still running, or finished with failures), followed live and kept in view.
  const [batchIds, setBatchIds] = useState<string[]>([]);
  const started = useCallback((batchId: string) => setBatchIds((ids) => [batchId, ...ids]), []);
  const [resumed, setResumed] = useState<string[]>([]);
  const unseen = (book?.batches ?? []).map((b) => b.id).filter((id) => !resumed.includes(id) && !batchIds.includes(id));
  if (unseen.length > 0) setResumed([...resumed, ...unseen]);
  const followed = useMemo(() => [...batchIds, ...resumed.filter((id) => !batchIds.includes(id))], [batchIds, resumed]);
  const refresh = useCallback(() => void reload().catch(() => undefined), [reload]);
  const regenerate = useCallback(
    async (pageId: string) => {
      const answer = await fetchJson<Started>(bookUrl(bookId, `/pages/${encodeURIComponent(pageId)}/regenerate`), { method: "POST", json: {} });
      started(answer.batchId);
    },
    [bookId, started],
  );

  if (!book || !layout) {
    if (loadError?.status === 404) {
      return (
        <EmptyState
          title={t("books.editor.notFoundTitle")}
          description={t("books.editor.notFoundText")}
          action={<Link href="/books" className={buttonClassName({ variant: "primary" })}>{t("books.editor.back")}</Link>}
        />
      );
    }
    if (loadError) return <Alert tone="error" title={t("books.editor.loadFailed")}>{errorText(t, loadError)}</Alert>;
    return <Spinner label={t("books.editor.loading")} className="py-16" />;
  }

  const printedOn = new Map(layout.pages.flatMap((p) => (p.pageId && p.kind === "coloring" ? [[p.pageId, p.number] as const] : [])));
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/books" className="hover:underline">{t("books.title")}</Link>}
        title={book.title}
        description={`${trimLabel(t, book.trim)} · ${book.printOnDemand ? t("books.modes.printOnDemand") : t("books.modes.home")} · ${t("books.editor.interiorPages", { count: layout.pageCount })}`}
        actions={<DeleteBook bookId={book.id} title={book.title} />}
      />
      <div className="flex flex-col gap-8">
        <Card>
          <GeneratePages book={book} batchIds={followed} onStarted={started} onPagesChanged={refresh} />
        </Card>
        <Card>
          <ScriptPages book={book} onStarted={started} />
        </Card>
        <Card>
          <PageList book={book} printedOn={printedOn} patch={patch} addPages={addPages} regenerate={regenerate} />
        </Card>
        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
          <Card>
            <BookDetailsForm key={book.id} book={book} patch={patch} />
          </Card>
          <div className="flex flex-col gap-6">
            <Card>
              <PrintSettings book={book} layout={layout} patch={patch} />
            </Card>
            {book.printOnDemand && (
              <Card>
                <CoverSettings book={book} patch={patch} onStarted={started} />
              </Card>
            )}
          </div>
        </div>
        <Card>
          <BookDownloads book={book} />
        </Card>
        <Card>
          <SpreadPreview book={book} layout={layout} />
        </Card>
      </div>
    </>
  );
}
