"use client";

import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Field } from "@/components/ui/field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { Select } from "@/components/ui/select";
import { formatUsd } from "@/lib/shared/money";
import { formatDate } from "@/lib/i18n/format";
import { fitQualityTo, type ImageModelView } from "@/lib/shared/models";
import type { Quality } from "@/lib/shared/options";

export interface ModelChoice {
  model: string;
  quality: Quality;
}

export interface ModelPickerProps {
  /** The models this server allows (GET /api/models, read by the page on the server). */
  models: readonly ImageModelView[];
  /** Pages show the price of a page, the script studio the price of a picture. */
  purpose: "page" | "scene";
  value: ModelChoice;
  onChange: (next: ModelChoice) => void;
  errors?: { model?: string; quality?: string };
  disabled?: boolean;
  size?: "sm" | "md";
}

/**
 * The image model and its quality. The quality choices are the chosen model's own (`auto`
 * included); switching to a model that lacks the current quality picks the closest it has.
 */
export function ModelPicker({ models, purpose, value, onChange, errors, disabled, size = "md" }: ModelPickerProps) {
  const t = useT();
  const locale = useLocale();
  const current = models.find((m) => m.id === value.model) ?? models[0];
  if (!current) return null;
  const qualities = current.capabilities.qualities;

  const optionLabel = (model: ImageModelView): string => {
    const speed = t(`models.speed.${model.speed}`);
    if (model.status === "retired" && model.replacement) return t("models.optionRetired", { label: model.label, replacement: model.replacement });
    if (model.status === "retiring" && model.shutdownDate) return t("models.optionRetiring", { label: model.label, speed, date: formatDate(locale, `${model.shutdownDate}T12:00:00Z`, { dateStyle: "medium", timeZone: "UTC" }) });
    return t("models.option", { label: model.label, speed });
  };

  const price = current.typicalCostUsd[purpose][value.quality];
  return (
    <div className="flex flex-col gap-4">
      <Field label={t("models.label")} hint={t("models.hint")} error={errors?.model}>
        <Select
          name="model"
          value={current.id}
          disabled={disabled}
          onChange={(event) => {
            const next = models.find((m) => m.id === event.target.value);
            if (next) onChange({ model: next.id, quality: fitQualityTo(value.quality, next.capabilities.qualities) });
          }}
        >
          {models.map((model) => (
            <option key={model.id} value={model.id}>
              {optionLabel(model)}
            </option>
          ))}
        </Select>
      </Field>
      <SegmentedControl
        name="quality"
        legend={t("models.quality")}
        hint={price !== undefined ? t(purpose === "page" ? "models.typicalPage" : "models.typicalScene", { amount: formatUsd(Math.round(price * 1_000_000), locale) }) : t("models.qualityHint")}
        options={qualities.map((quality) => ({ value: quality, label: t(`models.qualities.${quality}`) }))}
        value={fitQualityTo(value.quality, qualities)}
        onValueChange={(quality) => onChange({ model: current.id, quality })}
        error={errors?.quality}
        disabled={disabled}
        size={size}
      />
    </div>
  );
}
