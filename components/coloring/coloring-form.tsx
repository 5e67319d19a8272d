"use client";

import { useEffect, useRef, type FormEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { PageLayoutFields } from "@/components/print/page-layout-fields";
import { Textarea } from "@/components/ui/textarea";
import { ModelPicker } from "@/components/models/model-picker";
import type { ImageModelView } from "@/lib/shared/models";
import { CostEstimate } from "./cost-estimate";
import { PresetGallery } from "./preset-gallery";
import { THEME_MAX, type ColoringOptions, type EngineChoice, type FieldErrors } from "./types";

export interface ColoringFormProps {
  value: ColoringOptions;
  onChange: (next: ColoringOptions) => void;
  /** Engines this server offers; the choice is shown only when there are several. */
  engines: readonly EngineChoice[];
  /** The image models this server allows (with OpenAI). */
  models: readonly ImageModelView[];
  errors: FieldErrors;
  /** An error that belongs to no field (budget, configuration, network...). */
  formError: string | null;
  /** A request is being sent or a page is being made. */
  busy: boolean;
  onSubmit: () => void;
}

/** The coloring page request: theme and ideas, age, paper, extras, engine and quality, then Generate. */
export function ColoringForm({ value, onChange, engines, models, errors, formError, busy, onSubmit }: ColoringFormProps) {
  const t = useT();
  const themeRef = useRef<HTMLTextAreaElement>(null);
  const set = <K extends keyof ColoringOptions>(key: K, next: ColoringOptions[K]) => onChange({ ...value, [key]: next });

  useEffect(() => {
    if (errors.theme) themeRef.current?.focus();
  }, [errors.theme]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  const engineOptions = engines.map((engine) =>
    engine === "openai"
      ? { value: engine, label: t("coloring.engineOpenai"), description: t("coloring.engineOpenaiHint") }
      : { value: engine, label: t("coloring.engineOffline"), description: t("coloring.engineOfflineHint") },
  );
  const used = value.theme.length;
  const drawsSvg = value.engine === "openai" && models.find((m) => m.id === value.model)?.capabilities.vector === true;

  return (
    <form noValidate onSubmit={handleSubmit} aria-label={t("coloring.formLabel")} className="flex flex-col gap-6">
      <Field
        label={t("coloring.theme")}
        required
        error={errors.theme}
        hint={
          <span className="flex items-start justify-between gap-3">
            <span>{t("coloring.themeHint")}</span>
            <span className="shrink-0 tabular-nums">
              {t("coloring.charCount", { used, max: THEME_MAX })}
            </span>
          </span>
        }
      >
        <Textarea
          ref={themeRef}
          name="theme"
          rows={3}
          maxLength={THEME_MAX}
          value={value.theme}
          placeholder={t("coloring.themePlaceholder")}
          onChange={(event) => set("theme", event.target.value)}
        />
      </Field>

      <PresetGallery currentTheme={value.theme} onPick={(theme) => set("theme", theme)} />

      <PageLayoutFields value={value} onChange={(patch) => onChange({ ...value, ...patch })} errors={{ ageGroup: errors.ageGroup, paper: errors.paper, orientation: errors.orientation }} />

      <div className="flex flex-col gap-4">
        <Checkbox name="reference" label={t("coloring.reference")} description={t("coloring.referenceHint")} checked={value.reference} onChange={(event) => set("reference", event.target.checked)} error={errors.reference} />
        <Checkbox name="title" label={t("coloring.showTitle")} checked={value.title} onChange={(event) => set("title", event.target.checked)} error={errors.title} />
      </div>

      {engines.length > 1 && (
        <RadioGroup name="engine" legend={t("coloring.engine")} options={engineOptions} value={value.engine} onValueChange={(next) => set("engine", next)} error={errors.engine} />
      )}

      {value.engine === "openai" && models.length > 0 && (
        <ModelPicker
          models={models}
          purpose="page"
          value={{ model: value.model, quality: value.quality }}
          onChange={(next) => onChange({ ...value, ...next })}
          errors={{ model: errors.model, quality: errors.quality }}
        />
      )}

      {drawsSvg && (
        <Checkbox name="vector" label={t("coloring.vector")} description={t("coloring.vectorHint")} checked={value.vector} onChange={(event) => set("vector", event.target.checked)} error={errors.vector} />
      )}

      {formError && <Alert tone="error">{formError}</Alert>}

      <div className="flex flex-col-reverse gap-3 border-t border-line pt-5 sm:flex-row sm:items-center sm:justify-between">
        <CostEstimate options={{ ...value, vector: drawsSvg && value.vector }} />
        <Button type="submit" size="lg" loading={busy}>
          {t("coloring.generate")}
        </Button>
      </div>
    </form>
  );
}
