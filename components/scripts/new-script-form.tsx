"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ApiError } from "@/components/api/api-error";
import { fetchJson } from "@/components/api/fetch-json";
import { useT } from "@/components/i18n/i18n-provider";
import { describeError } from "@/components/jobs/job-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { Translator } from "@/lib/i18n/types";
import { stripNumberLead } from "./labels";
import { MERGE_MAX, MERGE_MIN, ScriptSource, selectLine, type SourceErrors, type SourceValue } from "./script-source";
import { AspectPicker, StyleFields } from "./style-fields";
import { MAX_CUSTOM_STYLE, type CreatedScript, type ScriptAspect, type ScriptStyle } from "./types";

type Errors = SourceErrors & { title?: string; customStyle?: string };

const TITLE_MAX = 200;

function validate(t: Translator, title: string, style: ScriptStyle, customStyle: string, source: SourceValue): Errors {
  const errors: Errors = {};
  if (!title.trim()) errors.title = t("scripts.new.titleRequired");
  if (style === "custom" && !customStyle.trim()) errors.customStyle = t("scripts.styles.customRequired");
  if (source.kind === "paste" && !source.text.trim()) errors.text = t("scripts.new.textRequired");
  if (source.kind === "file" && !source.file) errors.file = t("scripts.new.fileRequired");
  if (source.kind === "file" && source.merge) {
    const seconds = Number(source.mergeSeconds);
    if (!Number.isInteger(seconds) || seconds < MERGE_MIN || seconds > MERGE_MAX) {
      errors.mergeSeconds = t("scripts.new.mergeHint", { min: MERGE_MIN, max: MERGE_MAX });
    }
  }
  return errors;
}

/** Creates a script from pasted lines, a JSON list or a subtitle file, then opens its studio. */
export function NewScriptForm() {
  const t = useT();
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [style, setStyle] = useState<ScriptStyle>("cinematic");
  const [customStyle, setCustomStyle] = useState("");
  const [aspect, setAspect] = useState<ScriptAspect>("16:9");
  const [source, setSource] = useState<SourceValue>({ kind: "paste", text: "", file: null, merge: false, mergeSeconds: "30" });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const customRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  function focusFirst(found: Errors, line?: number | null) {
    // After React has rendered the messages, so the control is announced with its error.
    requestAnimationFrame(() => {
      if (found.title) titleRef.current?.focus();
      else if (found.customStyle) customRef.current?.focus();
      else if (found.text && textRef.current) {
        if (line) selectLine(textRef.current, line);
        else textRef.current.focus();
      } else if (found.file || found.mergeSeconds) fileRef.current?.focus();
    });
  }

  function body(): FormData | Record<string, unknown> {
    const common = { title: title.trim(), style, aspect, ...(style === "custom" ? { customStyle: customStyle.trim() } : {}) };
    if (source.kind === "paste") return { ...common, text: source.text };
    const form = new FormData();
    for (const [key, value] of Object.entries(common)) form.set(key, value);
    if (source.merge) form.set("mergeSeconds", source.mergeSeconds);
    if (source.file) form.set("file", source.file);
    return form;
  }

  function fail(error: unknown) {
    if (error instanceof ApiError && error.code === "invalid:script") {
      const message = error.line ? t("scripts.new.lineError", { line: error.line, message: stripNumberLead(error.message, error.line) }) : error.message;
      const found: Errors = source.kind === "paste" ? { text: message } : { file: message };
      setErrors(found);
      focusFirst(found, error.line);
      return;
    }
    if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
      const f = error.fields;
      const found: Errors = { title: f.title, customStyle: f.customStyle, text: f.text ?? f.segments, file: f.file, mergeSeconds: f.mergeSeconds };
      setErrors(found);
      setFormError(t("scripts.new.fixFields"));
      focusFirst(found);
      return;
    }
    const info = error instanceof ApiError ? { code: error.code, message: error.message } : { code: "", message: "" };
    setFormError(describeError(t, info));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const found = validate(t, title, style, customStyle, source);
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      focusFirst(found);
      return;
    }
    setBusy(true);
    try {
      const payload = body();
      const created = await fetchJson<CreatedScript>("/api/scripts", payload instanceof FormData ? { method: "POST", form: payload } : { method: "POST", json: payload });
      router.push(`/scripts/${encodeURIComponent(created.id)}`);
    } catch (error) {
      fail(error);
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="new-script-heading" className="flex flex-col gap-6">
      <h2 id="new-script-heading" className="text-lg font-bold tracking-tight text-ink">
        {t("scripts.new.heading")}
      </h2>
      <Field label={t("scripts.new.title")} error={errors.title} required>
        <Input ref={titleRef} name="title" value={title} maxLength={TITLE_MAX} placeholder={t("scripts.new.titlePlaceholder")} onChange={(event) => setTitle(event.target.value)} />
      </Field>
      <StyleFields
        name="style"
        style={style}
        customStyle={customStyle}
        onStyleChange={setStyle}
        onCustomStyleChange={(text) => setCustomStyle(text.slice(0, MAX_CUSTOM_STYLE))}
        customStyleRef={customRef}
        customError={errors.customStyle}
      />
      <AspectPicker name="aspect" value={aspect} onChange={setAspect} />
      <ScriptSource value={source} onChange={setSource} errors={errors} textRef={textRef} fileRef={fileRef} />
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="flex justify-end border-t border-line pt-5">
        <Button type="submit" size="lg" loading={busy} loadingText={t("scripts.new.creating")}>
          {t("scripts.new.create")}
        </Button>
      </div>
    </form>
  );
}
