"use client";

import { useCallback, useEffect, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { isAbort } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { Modal } from "@/components/scripts/modal";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import { isPrintReadyPage } from "@/lib/shared/books/eligible";
import type { ImageView } from "@/lib/shared/views";
import { errorText } from "./api";

export interface PagePickerProps {
  title: string;
  /** "many": pick pages in order and add them; "one": the first click chooses. */
  mode: "many" | "one";
  /** Only coloring pages (for pages), or any picture (for a cover). */
  filter: "pages" | "any";
  submitLabel?: string;
  onClose: () => void;
  /** Saves the chosen ids; throws to keep the dialog open with the error. */
  onChoose: (ids: string[]) => Promise<void>;
}

const PAGE_SIZE = 48;

/** The library in a dialog: coloring pages to add to a book (in click order), or one picture to use. */
export function PagePicker({ title, mode, filter, submitLabel, onClose, onChoose }: PagePickerProps) {
  const t = useT();
  const [items, setItems] = useState<ImageView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<"loading" | "ready" | "error">("loading");
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // State changes only in the answer's callbacks: the first page loads from an effect.
  const fetchPage = useCallback((after: string | null, signal?: AbortSignal) => {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(after ? { cursor: after } : {}) });
    fetchJson<{ items: ImageView[]; nextCursor: string | null }>(`/api/images?${query}`, { signal }).then(
      (page) => {
        setItems((current) => [...current, ...page.items.filter((item) => !current.some((c) => c.id === item.id))]);
        setCursor(page.nextCursor);
        setStatus("ready");
      },
      (caught: unknown) => {
        if (!isAbort(caught)) setStatus("error");
      },
    );
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchPage(null, controller.signal);
    return () => controller.abort();
  }, [fetchPage]);

  function loadMore(after: string) {
    setStatus("loading");
    fetchPage(after);
  }

  async function save(ids: string[]) {
    setBusy(true);
    setError(null);
    try {
      await onChoose(ids);
      onClose();
    } catch (caught) {
      setBusy(false);
      setError(errorText(t, caught));
    }
  }

  function toggle(id: string) {
    if (mode === "one") {
      void save([id]);
      return;
    }
    setChosen((current) => (current.includes(id) ? current.filter((item) => item !== id) : [...current, id]));
  }

  const shown = filter === "pages" ? items.filter((image) => isPrintReadyPage(image.options)) : items;

  return (
    <Modal open title={title} onClose={onClose} busy={busy} size="lg">
      <p className="text-sm text-ink-muted">{mode === "many" ? t("books.picker.hintMany") : t("books.picker.hintOne")}</p>
      {mode === "many" && (
        <p className="text-sm font-semibold text-ink" aria-live="polite">
          {t("books.picker.count", { count: chosen.length })}
        </p>
      )}
      {status === "error" && <Alert tone="error">{t("books.picker.loadFailed")}</Alert>}
      {status !== "loading" && shown.length === 0 && !cursor && <p className="text-ink-muted">{filter === "pages" ? t("books.picker.emptyPages") : t("books.picker.empty")}</p>}
      {shown.length > 0 && (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {shown.map((image) => {
            const order = chosen.indexOf(image.id);
            return (
              <li key={image.id}>
                <button
                  type="button"
                  aria-pressed={mode === "many" ? order >= 0 : undefined}
                  disabled={busy}
                  onClick={() => toggle(image.id)}
                  className={cn(
                    "relative flex h-full w-full flex-col gap-2 rounded-xl border-2 p-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-accent-600",
                    order >= 0 ? "border-accent-700 bg-accent-50" : "border-line hover:border-accent-300",
                  )}
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session */}
                  <img src={image.fileUrl} alt="" loading="lazy" className="aspect-[3/4] w-full rounded-lg bg-white object-contain" />
                  <span className="line-clamp-2">{image.title}</span>
                  {order >= 0 && (
                    <span aria-hidden="true" className="absolute right-2 top-2 flex size-7 items-center justify-center rounded-full bg-accent-700 text-sm font-bold text-white">
                      {order + 1}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {status === "loading" && <Spinner label={t("books.picker.loading")} className="py-6" />}
      {cursor && status === "ready" && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => loadMore(cursor)}>
            {t("books.picker.more")}
          </Button>
        </div>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          {t("common.cancel")}
        </Button>
        {mode === "many" && (
          <Button onClick={() => void save(chosen)} loading={busy} disabled={chosen.length === 0}>
            {submitLabel ?? t("books.picker.add", { count: chosen.length })}
          </Button>
        )}
      </div>
    </Modal>
  );
}
