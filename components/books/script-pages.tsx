"use client";

import { useState, type FormEvent } from "react";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { useItems } from "@/components/api/use-items";
import { useT } from "@/components/i18n/i18n-provider";
import type { ScriptListItem } from "@/components/scripts/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { bookUrl, errorText, type BookView } from "./api";
import type { Started } from "./generate-pages";

/**
 * Makes a coloring page of each scene of one of the user's scripts that has a chosen image: traced
 * offline (free) or redrawn by OpenAI. The batch is followed with the book's other batches.
 */
export function ScriptPages({ book, onStarted }: { book: BookView; onStarted: (batchId: string) => void }) {
  const t = useT();
  const { state, retry } = useItems<ScriptListItem>("/api/scripts");
  const [scriptId, setScriptId] = useState("");
  const [engine, setEngine] = useState<"offline" | "openai">("offline");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const scripts = state.status === "ready" ? state.items.filter((s) => s.illustratedCount > 0) : [];
  const chosen = scriptId || scripts[0]?.id || "";

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFields({});
    setFormError(null);
    try {
      const started = await fetchJson<Started>(bookUrl(book.id, "/pages"), { method: "POST", json: { scriptId: chosen, engine } });
      onStarted(started.batchId);
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) setFields(error.fields);
      else setFormError(errorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="script-pages-heading" className="flex flex-col gap-5">
      <div>
        <h2 id="script-pages-heading" className="text-lg font-bold tracking-tight text-ink">{t("books.fromScript.heading")}</h2>
        <p className="text-sm text-ink-muted">{t("books.fromScript.intro")}</p>
      </div>
      {state.status === "loading" && <Spinner label={t("books.fromScript.loading")} className="py-4" />}
      {state.status === "error" && (
        <Alert tone="error" action={<Button variant="secondary" size="sm" onClick={retry}>{t("common.retry")}</Button>}>
          {t("books.fromScript.loadFailed")}
        </Alert>
      )}
      {state.status === "ready" && scripts.length === 0 && <p className="text-sm text-ink-muted">{t("books.fromScript.none")}</p>}
      {scripts.length > 0 && (
        <form noValidate onSubmit={(event) => void submit(event)} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field label={t("books.fromScript.script")} error={fields.scriptId}>
            <Select value={chosen} onChange={(event) => setScriptId(event.target.value)}>
              {scripts.map((s) => (
                <option key={s.id} value={s.id}>{t("books.fromScript.option", { title: s.title, count: s.illustratedCount })}</option>
              ))}
            </Select>
          </Field>
          <Field label={t("books.generate.engine")} hint={t("books.fromScript.engineHint")} error={fields.engine ?? fields.model}>
            <Select value={engine} onChange={(event) => setEngine(event.target.value as "offline" | "openai")}>
              <option value="offline">{t("books.fromScript.offline")}</option>
              <option value="openai">{t("books.fromScript.openai")}</option>
            </Select>
          </Field>
          {formError && <Alert tone="error" className="sm:col-span-2">{formError}</Alert>}
          <div className="sm:col-span-2">
            <Button type="submit" loading={busy}>{t("books.fromScript.submit")}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
