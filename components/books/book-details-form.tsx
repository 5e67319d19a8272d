"use client";

import { useState, type FormEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { ApiError } from "@/components/api/api-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { BOOK_TEXT_LIMITS, type PatchBook } from "@/lib/shared/books/schema";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { errorText, type BookView } from "./api";

type Text = { title: string; subtitle: string; author: string; theme: string; blurb: string; language: Locale };
type TextField = Exclude<keyof Text, "language">;

function textOf(book: BookView): Text {
  return { title: book.title, subtitle: book.subtitle ?? "", author: book.author ?? "", theme: book.theme ?? "", blurb: book.blurb ?? "", language: book.language };
}

/** The words of the book: title page, cover and back cover, and the language the front matter is printed in. */
export function BookDetailsForm({ book, patch }: { book: BookView; patch: (body: PatchBook) => Promise<BookView> }) {
  const t = useT();
  const [value, setValue] = useState<Text>(() => textOf(book));
  const [errors, setErrors] = useState<Partial<Record<keyof Text, string>>>({});
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saved = textOf(book);
  const dirty = (Object.keys(value) as Array<keyof Text>).some((key) => value[key] !== saved[key]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!value.title.trim()) {
      setErrors({ title: t("books.new.titleRequired") });
      return;
    }
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      const next = await patch({ title: value.title, subtitle: value.subtitle, author: value.author, theme: value.theme, blurb: value.blurb, language: value.language });
      setValue(textOf(next));
      setStatus(t("books.settings.saved"));
    } catch (caught) {
      if (caught instanceof ApiError && Object.keys(caught.fields).length > 0) setErrors(caught.fields as Partial<Record<keyof Text, string>>);
      setError(errorText(t, caught));
      setStatus("");
    } finally {
      setBusy(false);
    }
  }

  const input = (field: TextField, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={errors[field]} required={field === "title"} optionalText={field === "title" ? undefined : t("common.optional")}>
      {field === "blurb" ? (
        <Textarea value={value.blurb} rows={4} maxLength={BOOK_TEXT_LIMITS.blurb} onChange={(event) => setValue({ ...value, blurb: event.target.value })} />
      ) : (
        <Input value={value[field]} maxLength={BOOK_TEXT_LIMITS[field]} onChange={(event) => setValue({ ...value, [field]: event.target.value })} />
      )}
    </Field>
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="details-heading" className="flex flex-col gap-4">
      <h2 id="details-heading" className="text-xl font-bold tracking-tight text-ink">
        {t("books.details.heading")}
      </h2>
      {input("title", t("books.fields.title"))}
      {input("subtitle", t("books.fields.subtitle"))}
      {input("author", t("books.fields.author"))}
      {input("theme", t("books.fields.theme"), t("books.fields.themeHint"))}
      {input("blurb", t("books.fields.blurb"), t("books.fields.blurbHint"))}
      <Field label={t("books.fields.language")} hint={t("books.fields.languageHint")}>
        <Select value={value.language} onChange={(event) => setValue({ ...value, language: event.target.value as Locale })}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </Select>
      </Field>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex items-center gap-3">
        <Button type="submit" loading={busy} disabled={!dirty}>
          {t("books.details.save")}
        </Button>
        <p role="status" className="text-sm text-ink-muted">
          {dirty ? t("books.details.unsaved") : status}
        </p>
      </div>
    </form>
  );
}
