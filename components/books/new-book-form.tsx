"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { TRIM_IDS, type TrimId } from "@/lib/shared/books/layout";
import { errorText, type BookView } from "./api";
import { trimLabel } from "./labels";

const TITLE_MAX = 200;

/** Starts a book: a title, a trim size and how it will be printed; everything else is set in its editor. */
export function NewBookForm() {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [trim, setTrim] = useState<TrimId>(locale === "fr" ? "a4" : "letter");
  const [pod, setPod] = useState(false);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    if (!title.trim()) {
      setTitleError(t("books.new.titleRequired"));
      titleRef.current?.focus();
      return;
    }
    setTitleError(null);
    setBusy(true);
    try {
      const body = { title: title.trim(), trim, language: locale, printOnDemand: pod ? { bleed: false, paper: "white" } : null };
      const book = await fetchJson<BookView>("/api/books", { method: "POST", json: body });
      router.push(`/books/${encodeURIComponent(book.id)}`);
    } catch (error) {
      if (error instanceof ApiError && error.fields.title) {
        setTitleError(error.fields.title);
        titleRef.current?.focus();
      } else setFormError(errorText(t, error));
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="new-book-heading" className="flex flex-col gap-5">
      <h2 id="new-book-heading" className="text-lg font-bold tracking-tight text-ink">
        {t("books.new.heading")}
      </h2>
      <Field label={t("books.fields.title")} error={titleError} required>
        <Input ref={titleRef} value={title} maxLength={TITLE_MAX} placeholder={t("books.new.titlePlaceholder")} onChange={(event) => setTitle(event.target.value)} />
      </Field>
      <Field label={t("books.fields.trim")} hint={t("books.fields.trimHint")}>
        <Select value={trim} onChange={(event) => setTrim(event.target.value as TrimId)}>
          {TRIM_IDS.map((id) => (
            <option key={id} value={id}>
              {trimLabel(t, id)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox label={t("books.fields.printOnDemand")} description={t("books.fields.printOnDemandHint")} checked={pod} onChange={(event) => setPod(event.target.checked)} />
      {formError && <Alert tone="error">{formError}</Alert>}
      <div>
        <Button type="submit" loading={busy}>
          {t("books.new.submit")}
        </Button>
      </div>
    </form>
  );
}
