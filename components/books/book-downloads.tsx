"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { BookExportPart } from "@/lib/shared/books/schema";
import { bookUrl, errorText, type BookView } from "./api";
import { problemText } from "./labels";
import { useDownload, type DownloadState } from "./use-download";

const LABELS = {
  interior: "books.downloads.interior",
  cover: "books.downloads.cover",
  zip: "books.downloads.zip",
} as const;

function Progress({ state, name }: { state: DownloadState; name: string }) {
  const t = useT();
  const locale = useLocale();
  if (state.phase === "building") return <ProgressBar label={t("books.downloads.building", { name })} />;
  if (state.phase === "receiving") {
    return <ProgressBar label={t("books.downloads.receiving", { name })} value={state.total ? state.received : null} max={state.total ?? 100} locale={locale} />;
  }
  return null;
}

/** One download with its progress: the PDF is built on request (seconds for a big book), then sent. */
function Download({ book, part, blocked }: { book: BookView; part: BookExportPart; blocked: string | null }) {
  const t = useT();
  const { state, start } = useDownload();
  const name = t(LABELS[part]);
  const running = state.phase === "building" || state.phase === "receiving";
  return (
    <li className="flex flex-col gap-2">
      <Button variant={part === "interior" ? "primary" : "secondary"} loading={running} disabled={blocked !== null} onClick={() => void start(bookUrl(book.id, `/export?part=${part}`), `book-${part}`)}>
        {t("books.downloads.download", { name })}
      </Button>
      <Progress state={state} name={name} />
      {state.phase === "done" && <p role="status" className="text-sm text-ink-muted">{t("books.downloads.done", { name })}</p>}
      {state.phase === "failed" && <Alert tone="error">{errorText(t, state.error)}</Alert>}
    </li>
  );
}

/** The interior PDF, the wraparound cover PDF (print-on-demand) and a ZIP of the page PNGs. */
export function BookDownloads({ book }: { book: BookView }) {
  const t = useT();
  const [problem] = book.interior.problems;
  const blocked = problem ? problemText(t, problem, book.interior.pageCount) : null;
  return (
    <section aria-labelledby="downloads-heading" className="flex flex-col gap-4">
      <h2 id="downloads-heading" className="text-xl font-bold tracking-tight text-ink">
        {t("books.downloads.heading")}
      </h2>
      {blocked && <Alert tone="warning">{blocked}</Alert>}
      <ul className="grid gap-4 sm:grid-cols-3">
        <Download book={book} part="interior" blocked={blocked} />
        {book.printOnDemand && <Download book={book} part="cover" blocked={blocked} />}
        <Download book={book} part="zip" blocked={book.pages.length === 0 ? blocked : null} />
      </ul>
      {!book.printOnDemand && <p className="text-sm text-ink-muted">{t("books.downloads.coverNeedsPod")}</p>}
    </section>
  );
}
