"use client";

import { useEffect, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { PatchBook } from "@/lib/shared/books/schema";
import { errorText, type BookPageView, type BookView } from "./api";
import { PageCard } from "./page-card";
import { PagePicker } from "./page-picker";

export interface PageListProps {
  book: BookView;
  /** Physical page of the interior each book page prints on, by page id. */
  printedOn: ReadonlyMap<string, number>;
  patch: (body: PatchBook) => Promise<BookView>;
  addPages: (imageIds: string[]) => Promise<BookView>;
  /** Draws a page again (its job is followed elsewhere). */
  regenerate?: (pageId: string) => Promise<void>;
}

type Picking = { kind: "add" } | { kind: "replace"; index: number } | null;

function toPatch(pages: readonly BookPageView[]): NonNullable<PatchBook["pages"]> {
  return pages.map((p) => ({ id: p.id, imageId: p.imageId }));
}

/**
 * The book's pages in order. Drag a card onto another to move it there, or use its ↑ and ↓
 * buttons (the keyboard way); replace or remove a page; add pages from the library. Every change
 * is saved at once.
 */
export function PageList({ book, printedOn, patch, addPages, regenerate }: PageListProps) {
  const t = useT();
  const [order, setOrder] = useState<BookPageView[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [picking, setPicking] = useState<Picking>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const focus = useRef<string | null>(null);
  const pages = order ?? book.pages;

  // Focus follows the page a move put elsewhere, once React has rendered it.
  useEffect(() => {
    if (!focus.current) return;
    const element = document.getElementById(focus.current);
    focus.current = null;
    if (element instanceof HTMLButtonElement && element.disabled) element.parentElement?.querySelector<HTMLButtonElement>("button:not([disabled])")?.focus();
    else element?.focus();
  });

  async function save(next: BookPageView[], message: string) {
    setOrder(next);
    setBusy(true);
    setError(null);
    try {
      await patch({ pages: toPatch(next) });
      setAnnouncement(message);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setOrder(null);
      setBusy(false);
    }
  }

  function move(from: number, to: number, via?: "up" | "down") {
    if (busy || from === to || to < 0 || to >= pages.length) return;
    const next = [...pages];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    if (via) focus.current = `page-${moved!.id}-${via}`;
    void save(next, t("books.pages.announceMoved", { from: from + 1, to: to + 1 }));
  }

  function remove(index: number) {
    if (busy) return;
    const next = pages.filter((_, i) => i !== index);
    const neighbour = next[index] ?? next[index - 1];
    if (neighbour) focus.current = `page-${neighbour.id}-down`;
    void save(next, t("books.pages.announceRemoved", { number: index + 1 }));
  }

  async function choose(ids: string[]) {
    if (picking?.kind === "replace") {
      const index = picking.index;
      await patch({ pages: pages.map((p, i) => ({ id: p.id, imageId: i === index ? ids[0]! : p.imageId })) });
      setAnnouncement(t("books.pages.announceReplaced", { number: index + 1 }));
      return;
    }
    await addPages(ids);
    setAnnouncement(t("books.pages.announceAdded", { count: ids.length }));
  }

  return (
    <section aria-labelledby="pages-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="pages-heading" className="text-xl font-bold tracking-tight text-ink">
          {t("books.pages.heading")} <span className="text-base font-normal text-ink-muted">({t("common.pageCount", { count: pages.length })})</span>
        </h2>
        <Button onClick={() => setPicking({ kind: "add" })} disabled={busy}>
          {t("books.pages.add")}
        </Button>
      </div>
      <p className="text-sm text-ink-muted">{t("books.pages.hint")}</p>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      {pages.length === 0 ? (
        <EmptyState headingLevel="h3" title={t("books.pages.emptyTitle")} description={t("books.pages.emptyText")} />
      ) : (
        <ol className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {pages.map((page, index) => (
            <PageCard
              key={page.id}
              page={page}
              index={index}
              count={pages.length}
              printedOn={printedOn.get(page.id) ?? null}
              busy={busy}
              dragging={dragFrom === index}
              dropTarget={dragOver === index && dragFrom !== null && dragFrom !== index}
              onMove={move}
              onReplace={(i) => !busy && setPicking({ kind: "replace", index: i })}
              onRemove={remove}
              onRegenerate={
                regenerate &&
                ((i) => {
                  setError(null);
                  regenerate(pages[i]!.id).then(
                    () => setAnnouncement(t("books.generate.againStarted", { number: i + 1 })),
                    (caught: unknown) => setError(errorText(t, caught)),
                  );
                })
              }
              onDragStart={setDragFrom}
              onDragEnter={setDragOver}
              onDrop={(to) => {
                if (dragFrom !== null) move(dragFrom, to);
                setDragFrom(null);
                setDragOver(null);
              }}
              onDragEnd={() => {
                setDragFrom(null);
                setDragOver(null);
              }}
            />
          ))}
        </ol>
      )}
      {picking && (
        <PagePicker
          title={picking.kind === "add" ? t("books.picker.addTitle") : t("books.picker.replaceTitle", { number: picking.index + 1 })}
          mode={picking.kind === "add" ? "many" : "one"}
          filter="pages"
          onClose={() => setPicking(null)}
          onChoose={choose}
        />
      )}
    </section>
  );
}
