"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { PageLayoutFields } from "@/components/print/page-layout-fields";
import { Select } from "@/components/ui/select";
import type { Quality } from "@/lib/shared/options";
import { DetailSlider } from "./detail-slider";
import type { PhotoMode, PhotoOptions } from "./types";

export interface PhotoOptionsFieldsProps {
  value: PhotoOptions;
  onChange: (next: PhotoOptions) => void;
  /** OpenAI is configured on the server; otherwise Redraw is shown disabled with the reason. */
  redrawAvailable: boolean;
}

/** Mode (Trace or Redraw) with its own options, then the options every page has. */
export function PhotoOptionsFields({ value, onChange, redrawAvailable }: PhotoOptionsFieldsProps) {
  const t = useT();
  const set = <K extends keyof PhotoOptions>(key: K, next: PhotoOptions[K]) => onChange({ ...value, [key]: next });

  const modeOptions: { value: PhotoMode; label: string; description: string; disabled?: boolean }[] = [
    { value: "trace", label: t("photos.mode.trace"), description: t("photos.mode.traceHint") },
    {
      value: "redraw",
      label: t("photos.mode.redraw"),
      description: redrawAvailable ? t("photos.mode.redrawHint") : t("photos.mode.redrawUnavailable"),
      disabled: !redrawAvailable,
    },
  ];
  const qualityOptions: { value: Quality; label: string }[] = [
    { value: "low", label: t("photos.qualityLow") },
    { value: "medium", label: t("photos.qualityMedium") },
    { value: "high", label: t("photos.qualityHigh") },
  ];

  return (
    <div className="flex flex-col gap-6">
      <RadioGroup name="mode" legend={t("photos.mode.legend")} options={modeOptions} value={value.mode} onValueChange={(next) => set("mode", next)} />

      {value.mode === "trace" ? (
        <div className="flex flex-col gap-5 rounded-xl border border-line bg-sunken/40 p-4">
          <DetailSlider value={value.detail} onChange={(next) => set("detail", next)} />
          <Checkbox
            name="simplifyBackground"
            label={t("photos.simplifyBackground")}
            description={t("photos.simplifyBackgroundHint")}
            checked={value.simplifyBackground}
            onChange={(event) => set("simplifyBackground", event.target.checked)}
          />
        </div>
      ) : (
        <div className="rounded-xl border border-line bg-sunken/40 p-4">
          <Field label={t("photos.quality")} hint={t("photos.qualityHint")}>
            <Select name="quality" value={value.quality} onChange={(event) => set("quality", event.target.value as Quality)}>
              {qualityOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}

      <PageLayoutFields value={value} onChange={(patch) => onChange({ ...value, ...patch })} />

      <Checkbox
        name="reference"
        label={t("photos.reference")}
        description={t("photos.referenceHint")}
        checked={value.reference}
        onChange={(event) => set("reference", event.target.checked)}
      />
    </div>
  );
}
