"use client";

import { useState, type FormEvent } from "react";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { BOOK_TEXT_LIMITS, MAX_GENERATED_PAGES } from "@/lib/shared/books/schema";
import { bookUrl, errorText, type BookView } from "./api";
import { BatchStatus } from "./batch-status";

const AGES = [["3-5", "page.age3to5"], ["6-9", "page.age6to9"], ["10-12", "page.age10to12"], ["adult", "page.ageAdult"]] as const;

export interface Started {
  batchId: string;
  jobIds: string[];
  estimatedCostUsd: number;
}

/**
 * Makes the book's pages from a theme: the pages are planned and drawn one job each, and each
 * joins the book, in order, when it is made. Progress and cost are followed live.
 */
export function GeneratePages({ book, batchIds, onStarted, onPagesChanged }: { book: BookView; batchIds: readonly string[]; onStarted: (batchId: string) => void; onPagesChanged: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [theme, setTheme] = useState(book.theme ?? "");
  const [pages, setPages] = useState("8");
  const [ageGroup, setAgeGroup] = useState("3-5");
  const [engine, setEngine] = useState<"offline" | "openai">("offline");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFields({});
    setFormError(null);
    try {
      const body = { theme: theme.trim(), pages: Number(pages), ageGroup, engine };
      const started = await fetchJson<Started>(bookUrl(book.id, "/generate"), { method: "POST", json: body });
      onStarted(started.batchId);
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) setFields(error.fields);
      else setFormError(errorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="generate-heading" className="flex flex-col gap-5">
      <div>
        <h2 id="generate-heading" className="text-lg font-bold tracking-tight text-ink">{t("books.generate.heading")}</h2>
        <p className="text-sm text-ink-muted">{t("books.generate.intro")}</p>
      </div>
      <form noValidate onSubmit={(event) => void submit(event)} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label={t("books.generate.theme")} hint={t("books.generate.themeHint")} error={fields.theme} required className="sm:col-span-2">
          <Input value={theme} maxLength={BOOK_TEXT_LIMITS.theme} placeholder={t("books.generate.themePlaceholder")} onChange={(event) => setTheme(event.target.value)} />
        </Field>
        <Field label={t("books.generate.pages")} hint={t("books.generate.pagesHint", { max: MAX_GENERATED_PAGES })} error={fields.pages} required>
          <Input type="number" inputMode="numeric" min={1} max={MAX_GENERATED_PAGES} value={pages} onChange={(event) => setPages(event.target.value)} />
        </Field>
        <Field label={t("page.ageGroup")} error={fields.ageGroup}>
          <Select value={ageGroup} onChange={(event) => setAgeGroup(event.target.value)}>
            {AGES.map(([id, key]) => (
              <option key={id} value={id}>{t(key)}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("books.generate.engine")} hint={t("books.generate.engineHint")} error={fields.engine ?? fields.model}>
          <Select value={engine} onChange={(event) => setEngine(event.target.value as "offline" | "openai")}>
            <option value="offline">{t("books.generate.offline")}</option>
            <option value="openai">{t("books.generate.openai")}</option>
          </Select>
        </Field>
        {formError && <Alert tone="error" className="sm:col-span-2">{formError}</Alert>}
        <div className="sm:col-span-2">
          <Button type="submit" loading={busy}>{t("books.generate.submit")}</Button>
        </div>
      </form>
      {batchIds.length > 0 && <BatchStatus batchIds={batchIds} known={book.batches} locale={locale} onSettled={onPagesChanged} />}
    </section>
  );
}
