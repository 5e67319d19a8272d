"use client";

import { useState, type FormEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { apiErrorText } from "./labels";
import { ReferencePicker } from "./reference-picker";
import { AspectPicker, StyleFields } from "./style-fields";
import type { ScriptPatch, ScriptStyle, ScriptView } from "./types";

export interface ScriptSettingsProps {
  script: ScriptView;
  patch: (body: ScriptPatch) => Promise<unknown>;
}

/** Title, style, frame and reference images, each saved as soon as it is changed. */
export function ScriptSettings({ script, patch }: ScriptSettingsProps) {
  const t = useT();
  const [title, setTitle] = useState(script.title);
  const [style, setStyle] = useState<ScriptStyle>(script.style);
  const [customStyle, setCustomStyle] = useState(script.customStyle ?? "");
  const [status, setStatus] = useState<string>("");
  const [error, setError] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | undefined>();
  const [customError, setCustomError] = useState<string | undefined>();
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save(body: ScriptPatch): Promise<boolean> {
    setBusy(true);
    setError(null);
    setStatus("");
    try {
      await patch(body);
      setStatus(t("scripts.settings.saved"));
      return true;
    } catch (caught) {
      setError(apiErrorText(t, caught));
      return false;
    } finally {
      setBusy(false);
    }
  }

  function rename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = title.trim();
    if (!next) {
      setTitleError(t("scripts.new.titleRequired"));
      return;
    }
    setTitleError(undefined);
    if (next !== script.title) void save({ title: next });
  }

  function changeStyle(next: ScriptStyle) {
    setStyle(next);
    if (next !== "custom") void save({ style: next });
    else if (customStyle.trim()) void save({ style: "custom", customStyle: customStyle.trim() });
  }

  function saveCustom() {
    const text = customStyle.trim();
    if (!text) {
      setCustomError(t("scripts.styles.customRequired"));
      return;
    }
    setCustomError(undefined);
    if (script.style !== "custom" || text !== script.customStyle) void save({ style: "custom", customStyle: text });
  }

  return (
    <Card as="section" aria-labelledby="script-settings-heading" className="flex flex-col gap-5">
      <CardTitle id="script-settings-heading">{t("scripts.settings.heading")}</CardTitle>

      <form noValidate onSubmit={rename} className="flex items-end gap-2">
        <Field label={t("scripts.settings.title")} error={titleError} className="min-w-0 flex-1">
          <Input name="title" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
        </Field>
        <Button type="submit" variant="secondary" className={titleError ? "mb-7" : undefined} disabled={busy}>
          {t("scripts.settings.rename")}
        </Button>
      </form>

      <div className="flex flex-col gap-2">
        <StyleFields
          name="script-style"
          style={style}
          customStyle={customStyle}
          onStyleChange={changeStyle}
          onCustomStyleChange={setCustomStyle}
          customError={customError}
          disabled={busy}
        />
        {style === "custom" && (
          <Button variant="secondary" size="sm" className="self-start" onClick={saveCustom} disabled={busy}>
            {t("scripts.settings.saveStyle")}
          </Button>
        )}
      </div>

      <AspectPicker name="script-aspect" value={script.aspect} onChange={(aspect) => void save({ aspect })} disabled={busy} />

      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold text-ink">{t("scripts.references.heading")}</h3>
        {script.references.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("scripts.references.none")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {script.references.map((image) => (
              <li key={image.id}>
                {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session */}
                <img src={image.fileUrl} alt={image.title} className="size-16 rounded-lg border border-line bg-white object-cover" />
              </li>
            ))}
          </ul>
        )}
        <Button variant="secondary" size="sm" className="self-start" onClick={() => setPicking(true)}>
          {t("scripts.references.choose")}
        </Button>
      </div>

      <p className="sr-only" aria-live="polite">
        {status}
      </p>
      {error && <Alert tone="error">{error}</Alert>}

      {picking && (
        <ReferencePicker
          current={script.references}
          onClose={() => setPicking(false)}
          onSave={async (ids) => {
            await patch({ references: ids });
          }}
        />
      )}
    </Card>
  );
}
