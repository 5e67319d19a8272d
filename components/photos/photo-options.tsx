"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { Checkbox } from "@/components/ui/checkbox";
import { RadioGroup } from "@/components/ui/radio-group";
import { ModelPicker } from "@/components/models/model-picker";
import { PageLayoutFields } from "@/components/print/page-layout-fields";
import type { ImageModelView } from "@/lib/shared/models";
import { DetailSlider } from "./detail-slider";
import type { PhotoMode, PhotoOptions } from "./types";

export interface PhotoOptionsFieldsProps {
  value: PhotoOptions;
  onChange: (next: PhotoOptions) => void;
  /** OpenAI is configured on the server; otherwise Redraw is not offered at all. */
  redrawAvailable: boolean;
  /** The reader is an admin: without OpenAI, they alone learn how to offer Redraw. */
  configHint: boolean;
  /** The image models this server allows, for Redraw. */
  models: readonly ImageModelView[];
}

/** Mode (Trace or Redraw) with its own options, then the options every page has. */
export function PhotoOptionsFields({ value, onChange, redrawAvailable, configHint, models }: PhotoOptionsFieldsProps) {
  const t = useT();
  const set = <K extends keyof PhotoOptions>(key: K, next: PhotoOptions[K]) => onChange({ ...value, [key]: next });

  const modeOptions: { value: PhotoMode; label: string; description: string }[] = [
    { value: "trace", label: t("photos.mode.trace"), description: t("photos.mode.traceHint") },
    { value: "redraw", label: t("photos.mode.redraw"), description: t("photos.mode.redrawHint") },
  ];

  return (
    <div className="flex flex-col gap-6">
      {redrawAvailable ? (
        <RadioGroup name="mode" legend={t("photos.mode.legend")} options={modeOptions} value={value.mode} onValueChange={(next) => set("mode", next)} />
      ) : (
        // A mode the server cannot run is not offered: one mode needs no choice.
        <div className="flex flex-col gap-2">
          <p className="text-sm text-ink-muted">{t("photos.mode.onlyTrace")}</p>
          {configHint ? <p className="rounded-lg border border-line bg-sunken/40 p-3 text-sm text-ink-muted">{t("photos.mode.redrawAdminHint")}</p> : null}
        </div>
      )}

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
          <ModelPicker models={models} purpose="page" value={{ model: value.model, quality: value.quality }} onChange={(next) => onChange({ ...value, ...next })} />
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
