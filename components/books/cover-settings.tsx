"use client";

import { useState } from "react";
import { fetchJson } from "@/components/api/fetch-json";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { KDP_RULES, trimInches } from "@/lib/shared/books/layout";
import type { PatchBook } from "@/lib/shared/books/schema";
import { bookUrl, errorText, type BookView } from "./api";
import type { Started } from "./generate-pages";
import { PagePicker } from "./page-picker";

const MAX_SEED = 2_147_483_647;

/**
 * The front cover's picture: composed from the book's subjects in color (shuffled on demand), a
 * picture chosen from the library, or one painted by OpenAI (a job followed with the book's batches).
 */
export function CoverSettings({ book, patch, onStarted }: { book: BookView; patch: (body: PatchBook) => Promise<BookView>; onStarted: (batchId: string) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The preview changes with everything that changes the picture.
  const version = [book.coverSeed, book.coverImage?.id ?? "", book.theme ?? "", book.trim, book.pages.map((p) => p.imageId).join(",")].join("|");
  const trim = trimInches(book.trim);
  // The front panel with its bleed on the top, outside and bottom edges, as the cover PDF places the picture.
  const aspect = `${trim.width + KDP_RULES.bleed} / ${trim.height + 2 * KDP_RULES.bleed}`;
  const src = bookUrl(book.id, `/cover-preview?width=480&v=${encodeURIComponent(version.slice(0, 100))}${version.length > 100 ? String(version.length) : ""}`);

  async function run(body: PatchBook) {
    setBusy(true);
    setError(null);
    try {
      await patch(body);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  }

  async function paint() {
    setBusy(true);
    setError(null);
    try {
      const started = await fetchJson<Started>(bookUrl(book.id, "/cover"), { method: "POST", json: { engine: "openai" } });
      onStarted(started.batchId);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="cover-heading" className="flex flex-col gap-4">
      <h2 id="cover-heading" className="text-xl font-bold tracking-tight text-ink">
        {t("books.cover.heading")}
      </h2>
      <p className="text-sm text-ink-muted">{book.coverImage ? t("books.cover.chosen", { title: book.coverImage.title }) : t("books.cover.composed")}</p>
      <div className="relative w-48 overflow-hidden rounded-lg border border-line bg-sunken" style={{ aspectRatio: aspect }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- drawn for this user on request */}
        <img key={src} src={src} alt={t("books.cover.previewAlt", { title: book.title })} className="size-full object-contain" onLoad={() => setLoaded(src)} />
        {loaded !== src && <span className="absolute inset-0 flex items-center justify-center bg-surface/70 text-sm text-ink-muted">{t("books.cover.drawing")}</span>}
      </div>
      <div className="flex flex-wrap gap-2">
        {!book.coverImage && (
          <Button variant="secondary" size="sm" loading={busy} onClick={() => void run({ coverSeed: Math.floor(Math.random() * MAX_SEED) })}>
            {t("books.cover.shuffle")}
          </Button>
        )}
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => setPicking(true)}>
          {t("books.cover.choose")}
        </Button>
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => void paint()}>
          {t("books.cover.paint")}
        </Button>
        {book.coverImage && (
          <Button variant="ghost" size="sm" disabled={busy} onClick={() => void run({ coverImageId: null })}>
            {t("books.cover.useComposed")}
          </Button>
        )}
      </div>
      <p className="text-xs text-ink-muted">{t("books.cover.paintHint")}</p>
      {error && <Alert tone="error">{error}</Alert>}
      {picking && <PagePicker title={t("books.cover.chooseTitle")} mode="one" filter="any" onClose={() => setPicking(false)} onChoose={(ids) => patch({ coverImageId: ids[0]! }).then(() => undefined)} />}
    </section>
  );
}
