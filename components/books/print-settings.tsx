"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { HOME_MARGIN_INCHES, TRIM_IDS, type BookLayout, type PodPaper, type TrimId } from "@/lib/shared/books/layout";
import type { PatchBook } from "@/lib/shared/books/schema";
import { errorText, type BookView } from "./api";
import { trimLabel } from "./labels";

export interface PrintSettingsProps {
  book: BookView;
  layout: BookLayout;
  patch: (body: PatchBook) => Promise<BookView>;
}

const inches = (value: number) => `${Math.round(value * 1000) / 1000} in`;

/** Trim, home or print-on-demand printing, bleed, paper, blank backs, page numbers and front matter; each change is saved at once. */
export function PrintSettings({ book, layout, patch }: PrintSettingsProps) {
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const pod = book.printOnDemand;

  async function save(body: PatchBook) {
    setSaving(true);
    setError(null);
    setStatus(t("books.settings.saving"));
    try {
      await patch(body);
      setStatus(t("books.settings.saved"));
    } catch (caught) {
      setStatus("");
      setError(errorText(t, caught));
    } finally {
      setSaving(false);
    }
  }

  const podChange = (change: Partial<{ bleed: boolean; paper: PodPaper }>) => void save({ printOnDemand: { bleed: pod?.bleed ?? false, paper: pod?.paper ?? "white", ...change } });

  return (
    <section aria-labelledby="print-heading" aria-busy={saving} className="flex flex-col gap-5">
      <h2 id="print-heading" className="text-xl font-bold tracking-tight text-ink">
        {t("books.settings.heading")}
      </h2>
      <Field label={t("books.fields.trim")}>
        <Select value={book.trim} onChange={(event) => void save({ trim: event.target.value as TrimId })}>
          {TRIM_IDS.map((id) => (
            <option key={id} value={id}>
              {trimLabel(t, id)}
            </option>
          ))}
        </Select>
      </Field>
      <RadioGroup
        name="printing"
        legend={t("books.settings.printing")}
        value={pod ? "pod" : "home"}
       
        onValueChange={(value) => void save({ printOnDemand: value === "pod" ? { bleed: false, paper: "white" } : null })}
        options={[
          { value: "home", label: t("books.modes.home"), description: t("books.settings.homeHint", { margin: inches(HOME_MARGIN_INCHES) }) },
          { value: "pod", label: t("books.modes.printOnDemand"), description: t("books.settings.podHint") },
        ]}
      />
      {pod && (
        <div className="flex flex-col gap-4 rounded-xl border border-line bg-sunken/50 p-4">
          <Checkbox label={t("books.settings.bleed")} description={t("books.settings.bleedHint")} checked={pod.bleed} onChange={(event) => podChange({ bleed: event.target.checked })} />
          <RadioGroup
            name="paper"
            legend={t("books.settings.paper")}
            orientation="horizontal"
            value={pod.paper}
           
            onValueChange={(paper) => podChange({ paper })}
            options={[
              { value: "white", label: t("books.settings.white") },
              { value: "cream", label: t("books.settings.cream") },
            ]}
          />
          <p className="text-sm text-ink-muted">
            {t("books.settings.margins", { inside: inches(layout.margins.inside), outside: inches(layout.margins.outside), count: layout.pageCount })}
          </p>
          {book.cover && (
            <p className="text-sm text-ink-muted">
              {t("books.settings.coverSize", { width: inches(book.cover.widthInches), height: inches(book.cover.heightInches), spine: inches(book.cover.spineWidthInches) })}{" "}
              {book.cover.spineText ? t("books.settings.spineText") : t("books.settings.noSpineText")}
            </p>
          )}
        </div>
      )}
      <Checkbox label={t("books.settings.blankBacks")} description={t("books.settings.blankBacksHint")} checked={book.blankBacks} onChange={(event) => void save({ blankBacks: event.target.checked })} />
      <Checkbox label={t("books.settings.pageNumbers")} description={t("books.settings.pageNumbersHint")} checked={book.pageNumbers} onChange={(event) => void save({ pageNumbers: event.target.checked })} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-semibold text-ink">{t("books.settings.frontMatter")}</legend>
        <Checkbox label={t("books.settings.titlePage")} checked={book.frontMatter.titlePage} onChange={(event) => void save({ frontMatter: { titlePage: event.target.checked } })} />
        <Checkbox label={t("books.settings.credits")} description={t("books.settings.creditsHint")} checked={book.frontMatter.credits} onChange={(event) => void save({ frontMatter: { credits: event.target.checked } })} />
        <Checkbox label={t("books.settings.belongsTo")} checked={book.frontMatter.belongsTo} onChange={(event) => void save({ frontMatter: { belongsTo: event.target.checked } })} />
      </fieldset>
      <p className="text-sm text-ink-muted" role="status">
        {status}
      </p>
      {error && <Alert tone="error">{error}</Alert>}
    </section>
  );
}
