"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { RadioGroup } from "@/components/ui/radio-group";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { QUALITIES, type EngineChoice, type QualityChoice } from "./types";

export interface EnginePickerProps {
  engines: readonly EngineChoice[];
  engine: EngineChoice;
  onEngineChange: (engine: EngineChoice) => void;
  quality: QualityChoice;
  onQualityChange: (quality: QualityChoice) => void;
  disabled?: boolean;
}

const QUALITY_KEYS = { low: "scripts.engine.qualityLow", medium: "scripts.engine.qualityMedium", high: "scripts.engine.qualityHigh" } as const;

/** Offline drafts for free, or OpenAI (when this server has a key) at a chosen quality. */
export function EnginePicker({ engines, engine, onEngineChange, quality, onQualityChange, disabled }: EnginePickerProps) {
  const t = useT();
  const openai = engines.includes("openai");
  return (
    <div className="flex flex-col gap-4">
      <RadioGroup
        name="engine"
        legend={t("scripts.engine.label")}
        options={[
          { value: "offline", label: t("scripts.engine.offline"), description: t("scripts.engine.offlineHint") },
          {
            value: "openai",
            label: t("scripts.engine.openai"),
            description: openai ? t("scripts.engine.openaiHint") : t("scripts.engine.openaiUnavailable"),
            disabled: !openai,
          },
        ]}
        value={engine}
        onValueChange={onEngineChange}
        disabled={disabled}
      />
      {engine === "openai" && (
        <SegmentedControl
          name="quality"
          legend={t("scripts.engine.quality")}
          options={QUALITIES.map((value) => ({ value, label: t(QUALITY_KEYS[value]) }))}
          value={quality}
          onValueChange={onQualityChange}
          disabled={disabled}
          size="sm"
        />
      )}
    </div>
  );
}
