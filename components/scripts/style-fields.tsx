"use client";

import type { FocusEventHandler, Ref } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { aspectLabel, styleLabel } from "./labels";
import { MAX_CUSTOM_STYLE, SCRIPT_ASPECTS, SCRIPT_STYLES, type ScriptAspect, type ScriptStyle } from "./types";

export interface StyleFieldsProps {
  name: string;
  style: ScriptStyle;
  customStyle: string;
  onStyleChange: (style: ScriptStyle) => void;
  onCustomStyleChange: (text: string) => void;
  onCustomStyleBlur?: FocusEventHandler<HTMLInputElement>;
  customStyleRef?: Ref<HTMLInputElement>;
  error?: string;
  customError?: string;
  disabled?: boolean;
}

/** The script's look: four presets or "Custom" with the user's own words. */
export function StyleFields({ customStyleRef, ...props }: StyleFieldsProps) {
  const t = useT();
  const options = SCRIPT_STYLES.map((value) => ({ value, label: styleLabel(t, value) }));
  return (
    <div className="flex flex-col gap-4">
      <SegmentedControl
        name={props.name}
        legend={t("scripts.styles.label")}
        options={options}
        value={props.style}
        onValueChange={props.onStyleChange}
        error={props.error}
        disabled={props.disabled}
        size="sm"
      />
      {props.style === "custom" && (
        <Field label={t("scripts.styles.customText")} hint={t("scripts.styles.customHint")} error={props.customError} required>
          <Input
            ref={customStyleRef}
            name={`${props.name}-custom`}
            value={props.customStyle}
            maxLength={MAX_CUSTOM_STYLE}
            disabled={props.disabled}
            onChange={(event) => props.onCustomStyleChange(event.target.value)}
            onBlur={props.onCustomStyleBlur}
          />
        </Field>
      )}
    </div>
  );
}

export interface AspectPickerProps {
  name: string;
  value: ScriptAspect;
  onChange: (aspect: ScriptAspect) => void;
  error?: string;
  disabled?: boolean;
}

/** The frame: 16:9 video, 1:1 post or 9:16 short. */
export function AspectPicker({ name, value, onChange, error, disabled }: AspectPickerProps) {
  const t = useT();
  const options = SCRIPT_ASPECTS.map((aspect) => ({ value: aspect, label: aspectLabel(t, aspect) }));
  return (
    <SegmentedControl
      name={name}
      legend={t("scripts.frames.label")}
      options={options}
      value={value}
      onValueChange={onChange}
      error={error}
      disabled={disabled}
      size="sm"
    />
  );
}
